"""A start-up check of the Qt bindings themselves.

PySide6 6.12.0 on Python 3.11 and older lowers ``None``'s reference count on every Qt
method that returns nothing. A fresh interpreter holds only about 5,200 references to
``None``, so after a few thousand such calls the process dies with "Fatal Python error:
none_dealloc" — with a clerk's half-typed form in it. Python 3.12 made ``None``
immortal, which hides the fault there. ``setup.cfg`` excludes the release; this check
catches any other build that does the same before the window opens.
"""
from __future__ import annotations

import sys

# Calls made by the check: enough to see a steady loss, few enough to be harmless.
PROBE_CALLS = 400


def none_references_lost(calls: int = PROBE_CALLS) -> int:
    """How many references to ``None`` ``calls`` void Qt calls took away (0 when sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()

    def calls_on(count: int) -> None:
        for i in range(count):
            probe.setObjectName("probe")
            probe.setProperty("n", i)
            probe.blockSignals(False)

    calls_on(10)  # first calls fill the bindings' caches, which hold a few references
    before = sys.getrefcount(None)
    calls_on(calls)
    after = sys.getrefcount(None)
    return max(0, before - after)


def binding_problem() -> str | None:
    """A Chinese explanation when the installed Qt bindings are unsafe, else ``None``."""
    lost = none_references_lost()
    if lost < PROBE_CALLS // 2:
        return None
    import PySide6

    return (
        f"本机安装的 Qt 组件（PySide6 {PySide6.__version__}，Python "
        f"{sys.version_info.major}.{sys.version_info.minor}）有已知缺陷：使用几分钟后程序会"
        "突然退出，正在填写的内容会丢失。为保护您的数据，程序不启动。\n\n"
        "请安装经过测试的版本后再启动：\n"
        "    pip install -c constraints.txt -e .\n"
        "（或安装 PySide6 6.11.3；使用安装包的用户请重新安装最新的安装包。）"
    )


def hold_none_references() -> list[None]:
    """Keep 100,000 extra references to ``None`` so the refusal itself cannot abort."""
    return [None] * 100_000
