"""Where the office's data lives on disk (database, backups, attachments)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "DuchaWorkbench"
DB_FILE_NAME = "ducha.sqlite3"


def default_data_dir(env: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user data folder: %LOCALAPPDATA% on Windows, the XDG data dir elsewhere.

    ``DUCHA_DATA_DIR`` overrides it (tests, portable installs on a USB stick).
    """
    env = dict(os.environ) if env is None else env
    platform = platform or sys.platform
    if env.get("DUCHA_DATA_DIR"):
        return Path(env["DUCHA_DATA_DIR"])
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ducha-workbench"


def default_db_path() -> Path:
    """The database file used when no ``--db`` is given."""
    return default_data_dir() / DB_FILE_NAME


SERVERS_DIR_NAME = "servers"


def server_folder(url: str, data_dir: Path | None = None) -> Path:
    """This computer's folder for the server database ``url`` (logs, crash reports, the
    local copies of its backups): ``<data folder>/servers/<host>-<port>-<dbname>``
    (``-<schema>`` added for a schema other than ``public``). The address is parsed, so a
    password can never become part of a folder's name."""
    from models.core.dialect import parse

    a = parse(url)
    name = f"{a.host}-{a.port}-{a.dbname}" + ("" if a.schema == "public" else f"-{a.schema}")
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
    return (data_dir or default_data_dir()) / SERVERS_DIR_NAME / safe


def local_folder(target: Path | str) -> Path:
    """Where the files that go with the database ``target`` live on this computer: the
    database file's own folder, or for a ``postgresql://`` address :func:`server_folder`."""
    from models.core.peek import is_server

    if is_server(target):
        return server_folder(str(target))
    return Path(target).resolve().parent


def backup_dir_for(db_path: Path | str) -> Path:
    """The default backup folder: ``backups`` beside the database file (for a server, in
    this computer's folder for it, :func:`local_folder`)."""
    return local_folder(db_path) / "backups"


def attachments_dir_for(db_path: Path | str) -> Path:
    """Scanned originals and reports are kept beside the database, never inside it."""
    return local_folder(db_path) / "attachments"


NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "ncpfs", "9p", "fuse.sshfs",
                        "davfs", "fuse.davfs2", "glusterfs", "ceph", "lustre", "fuse.rclone"})


def looks_like_network_path(path: Path, *, platform: str | None = None, mounts: str | None = None,
                            drive_type: int | None = None) -> bool:
    """Whether ``path`` lies on a network share (SQLite over one can corrupt the file).

    Windows: a UNC path (``\\\\server\\share``) or a mapped drive whose
    ``GetDriveTypeW`` is DRIVE_REMOTE; elsewhere: a mount of a network file system in
    ``/proc/mounts``. ``mounts`` and ``drive_type`` let tests give what the system would.
    """
    platform = platform or sys.platform
    text = str(path)
    if platform.startswith("win"):
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return True
        if text.startswith("\\\\?\\UNC\\"):
            return True
        if len(text) >= 2 and text[1] == ":":
            if drive_type is None:
                import ctypes

                drive_type = ctypes.windll.kernel32.GetDriveTypeW(f"{text[0]}:\\")  # type: ignore[attr-defined]
            return drive_type == 4  # DRIVE_REMOTE
        return False
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    target = os.path.abspath(text)
    best, best_fs = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_fs = point, parts[2]
    return best_fs in NETWORK_FS or best_fs.startswith(("nfs", "cifs", "smb"))


def network_warning(path: Path | str) -> str:
    """The Chinese warning for a database on a network share, or '' when it is local
    (or is the office's server, which is meant to be shared)."""
    from models.core.peek import is_server

    if is_server(path) or not looks_like_network_path(Path(path)):
        return ""
    return (f"数据库文件“{path}”位于网络共享（网络驱动器）上。SQLite 数据库经网络共享多人同时使用，"
            "可能因网络中断或文件锁失效而损坏。请把数据库放在本机磁盘上；多人共用请由管理员迁移到 PostgreSQL 服务器数据库（migrate-to），"
            "备份可以放在网络共享上。")
