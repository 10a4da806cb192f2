"""What a clerk can send the administrator when something goes wrong (诊断信息, 诊断包).

Versions, the database's path and schema version, how many records each table holds,
the settings without anything secret, and the log — never the records themselves.
"""
from __future__ import annotations

import datetime as dt
import json
import platform
import sys
import zipfile
from collections.abc import Mapping
from pathlib import Path

#: Settings whose names contain one of these are never put into a diagnostic bundle.
SECRET_MARKERS = ("secret", "password", "token", "key", "hmac", "salt")


def app_version() -> str:
    """The installed program's version (``setup.cfg``), or "开发版" when run from a checkout."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ducha-workbench")
    except PackageNotFoundError:
        return "开发版"


def schema_version() -> int | None:
    """The open database's schema version, or ``None`` when none is open."""
    from models.core.db import database
    from models.core.schema import current_version

    try:
        return current_version(database())
    except Exception:  # noqa: BLE001 — a diagnosis must not fail on the thing it diagnoses
        return None


def record_counts() -> dict[str, int]:
    """Rows per table of the open database (counts only)."""
    from models.core.db import database

    db = database()
    counts = {}
    for table in sorted(db.get_tables()):
        quoted = '"' + table.replace('"', '""') + '"'
        counts[table] = int(db.execute_sql(f"SELECT COUNT(*) FROM {quoted}").fetchone()[0])
    return counts


def safe_settings() -> dict[str, object]:
    """The office's settings, less any whose name suggests a secret."""
    from models import every_module
    from models.core import settings

    every_module()
    return {key: value for key, value in settings.all_values().items()
            if not any(marker in key.lower() for marker in SECRET_MARKERS)}


def summary(db_path: Path | str | None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The facts shown in 关于 and copied as 诊断信息, in display order."""
    version = schema_version()
    facts = {
        "程序版本": app_version(),
        "Python": platform.python_version() + f"（{sys.executable}）",
        "操作系统": platform.platform(),
        "数据库": str(db_path) if db_path else "（未打开）",
        "数据版本": str(version) if version is not None else "（未知）",
    }
    facts.update(extra or {})
    return facts


def summary_text(facts: Mapping[str, str]) -> str:
    """The facts as lines, for the clipboard."""
    return "\n".join(f"{k}：{v}" for k, v in facts.items())


def write_bundle(target: Path, facts: Mapping[str, str], log_folder: Path | None) -> Path:
    """Write the diagnostic bundle (a .zip) to ``target``; return its path.

    Holds: the facts, the settings without secrets, the record counts per table and the
    log files. Written to a temporary name first, so a full disk leaves no half file.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("诊断信息.txt", summary_text(facts) + f"\n生成时间：{dt.datetime.now():%Y-%m-%d %H:%M:%S}\n")
            z.writestr("设置.json", json.dumps(safe_settings(), ensure_ascii=False, indent=2, default=str))
            z.writestr("记录数.json", json.dumps(record_counts(), ensure_ascii=False, indent=2))
            if log_folder is not None and Path(log_folder).is_dir():
                for log in sorted(Path(log_folder).glob("ducha.log*")):
                    z.write(log, f"logs/{log.name}")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
