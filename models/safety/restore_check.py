"""What restoring a backup does to accounts and sign-in (恢复备份对账号的影响).

A restore replaces the whole database, accounts included. A backup taken before the
first account existed therefore silently turns sign-in off: afterwards nobody signs
in and everyone acts as 本机用户 with full rights. The person restoring is told
before and after, from :func:`check_restore`, which reads the backup read-only
(never migrating it) and compares its accounts with the current database's.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.core.actors import LOCAL_ACTOR, Role
from models.core.errors import UserError


@dataclass(frozen=True)
class AccountEntry:
    """One account of a database file, without its password hash."""

    name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class AccountsSnapshot:
    """The accounts of one database file (账号概况), as a restore compares them."""

    accounts: tuple[AccountEntry, ...] = ()

    @property
    def has_accounts(self) -> bool:
        """Whether sign-in is on: any account at all, active or not, requires it."""
        return bool(self.accounts)

    @property
    def active_admins(self) -> tuple[str, ...]:
        """Names of the active 管理员 accounts, sorted."""
        return tuple(sorted(a.name for a in self.accounts if a.active and a.role is Role.ADMIN))

    @property
    def lacks_admin(self) -> bool:
        """Whether sign-in is on but no active 管理员 is left to manage the accounts."""
        return self.has_accounts and not self.active_admins

    def find(self, name: str) -> AccountEntry | None:
        """The account called ``name``, or ``None``."""
        return next((a for a in self.accounts if a.name == name), None)


@dataclass(frozen=True)
class RestoreAccountsCheck:
    """How a restore changes sign-in, with the Chinese sentences to show before and after.

    ``current`` is ``None`` when the current database could not be read (a damaged
    file is what restore is for); then only the backup's own state is described.
    """

    backup: AccountsSnapshot
    current: AccountsSnapshot | None
    restorer: str
    warnings: tuple[str, ...]
    after: tuple[str, ...]
    restorer_lost: bool

    @property
    def single_user_after(self) -> bool:
        """Whether the restored database runs without sign-in, as 本机用户."""
        return not self.backup.has_accounts

    @property
    def ends_sign_in(self) -> bool:
        """Whether sign-in is on now and the restore turns it off."""
        return self.single_user_after and self.current is not None and self.current.has_accounts

    @property
    def starts_sign_in(self) -> bool:
        """Whether the restored database requires sign-in and the current one does not
        (or could not be read)."""
        return self.backup.has_accounts and (self.current is None or not self.current.has_accounts)

    @property
    def no_admin_after(self) -> bool:
        """Whether the restored database requires sign-in but has no active 管理员."""
        return self.backup.lacks_admin

    @property
    def serious(self) -> bool:
        """Whether the restore weakens protection or locks someone out: ask twice."""
        return self.ends_sign_in or self.restorer_lost or self.no_admin_after

    @property
    def text(self) -> str:
        """The warnings as one text (empty: nothing to say about accounts)."""
        return "\n".join(self.warnings)

    @property
    def after_text(self) -> str:
        """What to tell once the restore is done (empty: sign-in is as before)."""
        return "\n".join(self.after)


SINGLE_USER = "不需要登录，任何打开本程序的人都以“本机用户”身份拥有全部权限（包括修改和删除记录、管理设置）"
NO_ADMIN = "备份中没有启用的管理员账号，恢复后将无人能管理账号或再次恢复备份"


def _admins(snapshot: AccountsSnapshot) -> str:
    return "、".join(snapshot.active_admins)


def compare_accounts(backup: AccountsSnapshot, current: AccountsSnapshot | None,
                     restorer: str) -> RestoreAccountsCheck:
    """The effect on sign-in of replacing ``current`` by ``backup``, for ``restorer``.

    A pure rule over two snapshots and the name of the person restoring.
    """
    warnings: list[str] = []
    after: list[str] = []
    lost = False
    admins = _admins(backup)
    if not backup.has_accounts:
        if current is not None and current.has_accounts:
            warnings.append(
                f"注意：该备份是在启用账号之前制作的，其中没有任何账号。恢复后程序将回到单用户模式：{SINGLE_USER}。"
                f"现有的 {len(current.accounts)} 个账号不会保留在恢复后的数据库中（只在另存的原数据库里）。"
                "恢复后请立即重新建立管理员账号。")
            after.append(f"已回到单用户模式：恢复后的数据库没有账号，{SINGLE_USER}。"
                         "请立即重新建立管理员账号（设置 → 账号与备份，或命令 user add 账号名 --role admin）。")
        elif current is None:
            warnings.append(f"该备份中没有账号：恢复后程序以单用户模式运行，{SINGLE_USER}。")
            after.append(f"恢复后的数据库没有账号：程序以单用户模式运行，{SINGLE_USER}。")
    elif current is None or not current.has_accounts:
        who = f"启用的管理员：{admins}" if admins else "其中没有启用的管理员"
        warnings.append(f"恢复后需用备份中的账号登录（备份中有 {len(backup.accounts)} 个账号，{who}），"
                        "密码为制作备份时各账号的密码。")
        after.append("恢复后的数据库已启用账号：此后打开程序和运行命令都须用备份中的账号登录。")
    elif restorer != LOCAL_ACTOR.name:
        mine = backup.find(restorer)
        if mine is None or not mine.active:
            lost = True
            why = f"备份中没有您的账号“{restorer}”" if mine is None else f"您的账号“{restorer}”在备份中已停用"
            # Without an admin in the backup there is no one to name: the warning below says so.
            ask = f"请确认您知道备份中管理员账号（{admins}）在制作备份时的密码。" if admins else ""
            warnings.append(f"注意：{why}，恢复后您将不能再用“{restorer}”登录。{ask}")
            then = f"今后请用备份中的管理员账号（{admins}）登录。" if admins else "今后只能用备份中的其他账号登录。"
            after.append(f"恢复后的数据库中{'没有' if mine is None else '已停用'}账号“{restorer}”：{then}")
        elif mine.role is not Role.ADMIN:
            lost = True
            others = f"（备份中的管理员：{admins}）" if admins else ""
            warnings.append(f"注意：您的账号“{restorer}”在备份中是{mine.role.label}，恢复后您将不再是管理员{others}。")
            after.append(f"恢复后账号“{restorer}”是{mine.role.label}，不再是管理员。")
    if backup.lacks_admin:
        # Only an old or edited file can get here (the last admin cannot be removed), and
        # then no one could ever manage accounts or restore a better backup again.
        warnings.append(f"注意：{NO_ADMIN}。")
        after.append("恢复后的数据库中没有启用的管理员账号：无人能管理账号或再次恢复备份。")
    return RestoreAccountsCheck(backup, current, restorer, tuple(warnings), tuple(after), lost)


def _role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        # An unknown role grants nothing in the program, so it counts as the weakest.
        return Role.VIEWER


def accounts_in_file(path: Path) -> AccountsSnapshot:
    """The accounts stored in the database file ``path``, read read-only.

    The file is opened with SQLite's read-only mode and never migrated: a backup made
    before the account table existed (schema step 5) simply has no accounts.
    """
    path = Path(path)
    try:
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UserError(f"无法读取“{path.name}”中的账号：{exc}") from exc
    try:
        if con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='account'").fetchone() is None:
            return AccountsSnapshot()
        rows = con.execute("SELECT name, role, active FROM account ORDER BY name").fetchall()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"无法读取“{path.name}”中的账号：{exc}") from exc
    finally:
        con.close()
    return AccountsSnapshot(tuple(AccountEntry(n, _role(r), bool(a)) for n, r, a in rows))


def accounts_now() -> AccountsSnapshot:
    """The accounts of the open database."""
    from models.safety.accounts import Account

    return AccountsSnapshot(tuple(AccountEntry(a.name, _role(a.role), bool(a.active))
                                  for a in Account.select().order_by(Account.name)))


def check_restore(backup: Path, restorer: str, current: AccountsSnapshot | None) -> RestoreAccountsCheck:
    """What restoring ``backup`` does to sign-in, for ``restorer`` (an account name or
    本机用户); ``current`` from :func:`accounts_now`, ``None`` if unreadable."""
    return compare_accounts(accounts_in_file(backup), current, restorer)
