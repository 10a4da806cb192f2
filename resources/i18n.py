"""Qt Linguist files: ``ducha_<locale>.ts`` compiled to ``.qm`` at build or first run."""
from __future__ import annotations

import contextlib
from pathlib import Path

# shutil and subprocess are imported where a tool is run: a start with its .qm compiled
# (every start but the first after an update) needs neither before its window paints.


def _lrelease() -> str | None:
    import shutil

    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_compiled(folder: Path, locale_name: str) -> Path | None:
    """The .qm for ``locale_name`` (e.g. ``en_US``), compiling a newer .ts if possible.

    Tries the full name then the language (``en``). Returns ``None`` when there is no
    translation for the locale — the Chinese source strings are then shown as written.
    """
    for name in (locale_name, locale_name.split("_")[0]):
        ts = folder / f"ducha_{name}.ts"
        qm = folder / f"ducha_{name}.qm"
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            tool = _lrelease()
            if tool:
                import subprocess

                # A read-only install folder fails here: fall back to an existing .qm.
                with contextlib.suppress(OSError, subprocess.SubprocessError):
                    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True,
                                   capture_output=True, timeout=60)
        if qm.exists():
            return qm
    return None


def update(root: Path | None = None) -> Path:
    """Re-scan ``ui/`` for ``tr()`` strings into ``ducha_en.ts`` (keeps translations)."""
    import shutil
    import subprocess

    root = root or Path(__file__).resolve().parent.parent
    tool = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6")
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    ts = root / "resources" / "translations" / "ducha_en.ts"
    subprocess.run([tool, *sources, "-source-language", "zh_CN", "-target-language", "en",
                    "-ts", str(ts)], check=True)
    return ts


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["update"]:
        print(update())
    else:
        print("usage: python -m resources.i18n update")
