"""Qt Linguist files: ``ducha_<locale>.ts`` compiled to ``.qm`` at build or first run."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def _lrelease() -> str | None:
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
                try:
                    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True,
                                   capture_output=True, timeout=60)
                except (OSError, subprocess.SubprocessError):
                    pass  # a read-only install folder: fall back to an existing .qm
        if qm.exists():
            return qm
    return None
