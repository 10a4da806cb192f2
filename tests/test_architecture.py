"""The house rules that import-linter cannot state: no import cycle anywhere in our
packages, and no module left loose in models/."""
from __future__ import annotations

from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def _cycles(graph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in graph.modules:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_in_models_reports_ui_or_cli():
    graph = grimp.build_graph("models", "reports", "ui", "cli", cache_dir=None)
    assert _cycles(graph) == []


def test_no_module_is_left_loose_in_models():
    loose = [p.name for p in (ROOT / "models").glob("*.py") if p.name != "__init__.py"]
    assert loose == []


def test_no_pane_imports_another_pane():
    graph = grimp.build_graph("ui", cache_dir=None)
    panes = {m for m in graph.modules if m.endswith(".pane")}
    for pane in panes:
        assert not (graph.find_modules_directly_imported_by(pane) & (panes - {pane})), pane
