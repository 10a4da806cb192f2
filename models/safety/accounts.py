"""Accounts and sign-in (账号与登录): 管理员, 督查员 and 查阅.

A database with no account runs as :data:`LOCAL_ACTOR`; once the first account (a
管理员) exists every program must sign in. Passwords are kept only as scrypt hashes
with a per-account salt; they are never written to the audit log or printed.
Repeated failures slow the account's sign-in down, a few seconds at most, and never
lock it: a colleague who types wrong passwords under the 管理员's name can make her
wait, not shut her out (settings ``accounts.*``).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import hmac
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import peewee

from models.core import audit, settings
from models.core.actors import LOCAL_ACTOR, ROLE_LABELS, Actor, Permission, Role
from models.core.base import BaseModel, VersionedModel
from models.core.errors import PermissionDenied, UserError, WorkflowError
from models.core.workflow import insert, update, workflow

#: scrypt cost: 2**15 × 8 × 128 B = 32 MB of memory and ~0.13 s per check on an
#: office PC — cheap for one sign-in, ruinous for guessing millions of passwords.
KDF_N, KDF_R, KDF_P, KDF_DKLEN, SALT_BYTES = 2**15, 8, 1, 32, 16
KDF_MAXMEM = 128 * 1024 * 1024
MIN_PASSWORD_LEN = 8
ENV_PASSWORD = "DUCHA_PASSWORD"
ENV_NEW_PASSWORD = "DUCHA_NEW_PASSWORD"

MAX_FAILURES = settings.define("accounts.max_failures", 5, "连续输错几次密码后放慢登录", "账号与安全",
                               minimum=3, maximum=20)
MAX_DELAY = settings.define("accounts.max_delay_seconds", 5, "输错密码后每次登录最多等待（秒）", "账号与安全",
                            minimum=1, maximum=30)


class Account(VersionedModel):
    """A person who may sign in, with a role."""

    name = peewee.CharField(unique=True)
    display_name = peewee.CharField(default="")
    role = peewee.CharField()
    password_hash = peewee.CharField()
    active = peewee.BooleanField(default=True)
    created_at = peewee.CharField()
    password_changed_at = peewee.CharField()
    #: 可签发: a 督查员 an administrator allowed to sign documents off (管理员 always may).
    may_sign = peewee.BooleanField(default=False)

    class Meta:
        table_name = "account"

    @property
    def actor(self) -> Actor:
        """The actor this account acts as."""
        return Actor(self.name, Role(self.role), bool(self.may_sign))


audit.redact("account", "password_hash")


class LoginState(BaseModel):
    """Failed attempts, kept apart so a wrong password never makes an administrator's
    open account form stale. ``locked_until`` is no longer written (sign-in slows
    down instead of locking) and is ignored where an older version left one."""

    account = peewee.ForeignKeyField(Account, primary_key=True, on_delete="CASCADE", column_name="account_id")
    failed_count = peewee.IntegerField(default=0)
    locked_until = peewee.CharField(null=True)
    last_failed_at = peewee.CharField(null=True)
    last_login_at = peewee.CharField(null=True)

    class Meta:
        table_name = "login_state"


class LoginError(UserError):
    """Sign-in refused: wrong name or password, or deactivated."""


@dataclass(frozen=True)
class AccountInfo:
    """An account as listed (never with its hash)."""

    name: str
    display_name: str
    role: Role
    active: bool
    failed_count: int
    delay_seconds: float
    last_login_at: str | None
    version: int
    may_sign: bool = False

    @property
    def signs(self) -> bool:
        """Whether this account may sign documents off (签发): 管理员, or a 督查员 marked 可签发."""
        return self.active and (self.role is Role.ADMIN or (self.role is Role.CLERK and self.may_sign))


# ---- password hashing ---------------------------------------------------------

def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex) for ``password`` with a fresh random salt."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=KDF_N, r=KDF_R, p=KDF_P,
                            maxmem=KDF_MAXMEM, dklen=KDF_DKLEN)
    return f"scrypt${KDF_N}${KDF_R}${KDF_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (with the parameters stored with it)."""
    try:
        kind, n, r, p, salt_hex, hash_hex = stored.split("$")
        if kind != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n),
                                r=int(r), p=int(p), maxmem=KDF_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


_DUMMY_HASH = None


def _burn_time(password: str) -> None:
    # An unknown name costs the same as a wrong password, so timing reveals no names.
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("x" * MIN_PASSWORD_LEN)
    verify_password(password, _DUMMY_HASH)


def check_new_password(password: str, name: str = "") -> str:
    """Refuse a weak new password with a Chinese reason; return it unchanged."""
    if len(password) < MIN_PASSWORD_LEN:
        raise WorkflowError(f"密码至少 {MIN_PASSWORD_LEN} 个字符。")
    if name and password.strip().lower() == name.strip().lower():
        raise WorkflowError("密码不能与账号名相同。")
    if len(set(password)) < 3:
        raise WorkflowError("密码过于简单（字符种类太少），请换一个。")
    return password


# ---- queries ------------------------------------------------------------------

def has_accounts() -> bool:
    """Whether any account exists (then every program must sign in)."""
    return Account.select().exists()


def list_accounts() -> list[AccountInfo]:
    """All accounts, admins first, then by name."""
    order = {"admin": 0, "clerk": 1, "viewer": 2}
    states = {s.account_id: s for s in LoginState.select()}
    free, cap = settings.get(MAX_FAILURES), settings.get(MAX_DELAY)
    out = []
    for a in Account.select():
        s = states.get(a.id)
        failed = s.failed_count if s else 0
        out.append(AccountInfo(
            a.name, a.display_name, Role(a.role), bool(a.active), failed,
            login_delay(failed, free, cap), s.last_login_at if s else None, a.version, bool(a.may_sign)))
    out.sort(key=lambda i: (order[i.role.value], i.name))
    return out


def _get(name: str) -> Account:
    acc = Account.get_or_none(Account.name == (name or "").strip())
    if acc is None:
        raise WorkflowError(f"没有名为“{name}”的账号。")
    return acc


def _active_admins() -> int:
    return Account.select().where((Account.role == Role.ADMIN.value) & (Account.active == True)).count()  # noqa: E712


def _require_account_admin(actor: Actor) -> None:
    # The role on an Actor is only as good as whoever built it; once accounts exist,
    # account management also checks the name against a live 管理员 account.
    if not has_accounts():
        return
    acc = Account.get_or_none(Account.name == actor.name)
    if acc is None or not acc.active or acc.role != Role.ADMIN.value:
        raise PermissionDenied(f"只有已登录的管理员账号才能管理账号（当前：“{actor.name}”）。")


def _role(role: Role | str) -> Role:
    try:
        return Role(role.value if isinstance(role, Role) else str(role).strip())
    except ValueError:
        labels = {v: k for k, v in ROLE_LABELS.items()}
        if str(role).strip() in labels:
            return labels[str(role).strip()]
        raise WorkflowError(f"角色须为 admin（管理员）、clerk（督查员）或 viewer（查阅），收到“{role}”。") from None


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise WorkflowError("账号名不能为空。")
    if len(name) > 32:
        raise WorkflowError("账号名过长（最多32个字符）。")
    if any(ch.isspace() or ord(ch) < 32 for ch in name):
        raise WorkflowError("账号名不能含空格或控制字符。")
    if name == LOCAL_ACTOR.name:
        raise WorkflowError(f"“{LOCAL_ACTOR.name}”是系统保留名称，请换一个账号名。")
    return name


def check_new_account(name: str, password: str) -> None:
    """Refuse, in Chinese, a name or password :func:`create_account` would refuse (writes nothing)."""
    check_new_password(password, _check_name(name))


# ---- workflows ------------------------------------------------------------------

@workflow(Permission.ADMIN)
def create_account(actor: Actor, name: str, role: Role | str, password: str,
                   now: dt.datetime, display_name: str = "") -> AccountInfo:
    """Create an account. The first one must be a 管理员 and needs no sign-in;
    after that only a signed-in 管理员 may add accounts."""
    name = _check_name(name)
    role = _role(role)
    first = not has_accounts()
    if first and role is not Role.ADMIN:
        raise WorkflowError("第一个账号必须是管理员（admin），之后再由管理员添加督查员和查阅账号。")
    _require_account_admin(actor)
    if Account.get_or_none(Account.name == name) is not None:
        raise WorkflowError(f"账号“{name}”已存在。")
    check_new_password(password, name)
    stamp = now.isoformat(timespec="seconds")
    acc = insert(actor, Account, f"新建账号 {name}（{role.label}）", name=name,
                 display_name=(display_name or "").strip(), role=role.value,
                 password_hash=hash_password(password), active=True, created_at=stamp,
                 password_changed_at=stamp)
    insert(actor, LoginState, f"账号 {name} 的登录状态", account=acc.id)
    return _info(acc)


def _info(acc: Account) -> AccountInfo:
    return next(i for i in list_accounts() if i.name == acc.name)


@workflow(Permission.READ)
def change_password(actor: Actor, name: str, new_password: str, now: dt.datetime,
                    old_password: str | None = None) -> None:
    """Change a password: one's own (with the old one), or anyone's as 管理员 (reset).

    Either also clears the count of wrong passwords (and so the wait at sign-in).
    """
    acc = _get(name)
    own = actor.name == acc.name
    if own and old_password is not None:
        if not verify_password(old_password, acc.password_hash):
            raise WorkflowError("原密码不正确。")
    elif actor.role is Role.ADMIN:
        _require_account_admin(actor)
    else:
        raise PermissionDenied("只能修改自己的密码（须输入原密码）；重置他人密码需要管理员。")
    check_new_password(new_password, acc.name)
    # The audit row records that the password changed, never the hash itself.
    update(actor, acc, summary=f"{'修改' if own else '重置'}账号 {acc.name} 的密码",
           action="password", password_hash=hash_password(new_password),
           password_changed_at=now.isoformat(timespec="seconds"))
    state = _login_state(actor, acc.id)
    if state.failed_count or state.locked_until:
        update(actor, state, summary=f"重置密码，解除账号 {acc.name} 的锁定", action="unlock",
               failed_count=0, locked_until=None)


@workflow(Permission.ADMIN)
def change_role(actor: Actor, name: str, role: Role | str, expected_version: int | None = None) -> None:
    """Give an account another role (管理员 only; the last active 管理员 stays one)."""
    _require_account_admin(actor)
    acc = _get(name)
    role = _role(role)
    if acc.role == Role.ADMIN.value and role is not Role.ADMIN and acc.active and _active_admins() <= 1:
        raise WorkflowError("这是最后一个管理员账号，不能改为其他角色。请先把另一账号设为管理员。")
    # 可签发 belongs to a 督查员: a role change takes it away, so a later change back does not revive it.
    update(actor, acc, expected_version, f"账号 {acc.name} 改为{role.label}", action="role", role=role.value,
           may_sign=bool(acc.may_sign) and role is Role.CLERK)


@workflow(Permission.ADMIN)
def set_may_sign(actor: Actor, name: str, allowed: bool, expected_version: int | None = None) -> None:
    """Mark a 督查员 account 可签发 (may sign documents off), or take that away (管理员 only)."""
    _require_account_admin(actor)
    acc = _get(name)
    if allowed and acc.role != Role.CLERK.value:
        raise WorkflowError(f"“可签发”只用于督查员账号；{Role(acc.role).label}“{acc.name}”"
                            + ("本来就能签发。" if acc.role == Role.ADMIN.value else "不能签发，请先改为督查员。"))
    if bool(acc.may_sign) == bool(allowed):
        return
    update(actor, acc, expected_version, f"账号 {acc.name} {'设为可签发' if allowed else '取消可签发'}",
           action="may_sign", may_sign=bool(allowed))


def signer_account(name: str) -> AccountInfo | None:
    """The account ``name`` if it may sign documents off now (active 管理员, or 可签发 督查员)."""
    acc = Account.get_or_none(Account.name == name)
    if acc is None:
        return None
    info = _info(acc)
    return info if info.signs else None


@workflow(Permission.ADMIN)
def set_active(actor: Actor, name: str, active: bool, expected_version: int | None = None) -> None:
    """Deactivate (停用) or reactivate an account; its history stays in the audit log."""
    _require_account_admin(actor)
    acc = _get(name)
    if not active and acc.role == Role.ADMIN.value and acc.active and _active_admins() <= 1:
        raise WorkflowError("这是最后一个管理员账号，不能停用。")
    if not active and acc.name == actor.name:
        raise WorkflowError("不能停用自己正在使用的账号。")
    update(actor, acc, expected_version, f"{'启用' if active else '停用'}账号 {acc.name}",
           action="activate" if active else "deactivate", active=bool(active))


def deactivate(actor: Actor, name: str, expected_version: int | None = None) -> None:
    """Deactivate an account (管理员 only)."""
    set_active(actor, name, False, expected_version)


@workflow(Permission.ADMIN)
def unlock(actor: Actor, name: str) -> None:
    """Clear the count of wrong passwords, and so the wait at sign-in (管理员 only), audited."""
    _require_account_admin(actor)
    acc = _get(name)
    state = _login_state(actor, acc.id)
    update(actor, state, summary=f"清除账号 {acc.name} 的输错密码计数", action="unlock", failed_count=0,
           locked_until=None)


# ---- signing in ------------------------------------------------------------------

def login_delay(failed_count: int, free_attempts: int, max_seconds: float) -> float:
    """How long a sign-in waits before its password is checked (a pure rule).

    No wait for the first ``free_attempts`` wrong passwords in a row; then 1, 2, 4 …
    seconds, never more than ``max_seconds``. The wait slows guessing down without
    locking anyone out: the right password always gets in once the wait is over.
    """
    over = failed_count - free_attempts
    if over < 0:
        return 0.0
    return float(min(max_seconds, 2 ** min(over, 16)))


def _login_state(actor: Actor, account_id: int) -> LoginState:
    """The account's login state, created (audited) for an account that has none yet."""
    state = LoginState.get_or_none(LoginState.account == account_id)
    if state is None:
        state = insert(actor, LoginState, "账号的登录状态", account=account_id)
    return state


def sign_in_delay(name: str) -> float:
    """The wait the next sign-in as ``name`` will have, in seconds (0 for no account)."""
    acc = Account.get_or_none(Account.name == (name or "").strip())
    if acc is None:
        return 0.0
    state = LoginState.get_or_none(LoginState.account == acc.id)
    return login_delay(state.failed_count if state else 0, settings.get(MAX_FAILURES), settings.get(MAX_DELAY))


@workflow(Permission.READ)
def _note_failure(actor: Actor, account_id: int, now: dt.datetime) -> int:
    # Re-read under the write lock: two wrong passwords at once both count.
    state = _login_state(actor, account_id)
    count = state.failed_count + 1
    update(actor, state, summary=f"登录失败（连续第 {count} 次）", action="login_failed", failed_count=count,
           locked_until=None, last_failed_at=now.isoformat(timespec="seconds"))
    return count


@workflow(Permission.READ)
def _note_success(actor: Actor, account_id: int, now: dt.datetime) -> None:
    # Only a sign-in that clears earlier failures is worth an audit row (the time of the
    # last sign-in is left out of the record's digest: models/core/digests.py).
    state = _login_state(actor, account_id)
    if state.failed_count or state.locked_until:
        update(actor, state, summary="登录成功，清除失败计数", action="login", failed_count=0, locked_until=None)
    LoginState.update(last_login_at=now.isoformat(timespec="seconds")).where(
        LoginState.account == account_id).execute()


def authenticate(name: str, password: str, now: dt.datetime,
                 wait: Callable[[float], None] = time.sleep) -> Actor:
    """Check a name and password at ``now``; return the account's :class:`Actor`.

    Raises :class:`LoginError` in Chinese. Wrong passwords in a row are counted (and
    audited); once there are ``accounts.max_failures`` of them, every sign-in as that
    account first calls ``wait(seconds)`` (:func:`login_delay`) and only then checks
    the password, whether it is right or wrong, so that giving up early tells a guesser
    nothing. The right password always gets in; it clears the count.
    """
    name = (name or "").strip()
    acc = Account.get_or_none(Account.name == name)
    if acc is None:
        _burn_time(password)
        raise LoginError("账号或密码不正确。")
    delay = sign_in_delay(name)
    if delay:
        wait(delay)
    if not verify_password(password, acc.password_hash):
        _note_failure(Actor(name, Role.VIEWER), acc.id, now)
        raise LoginError("账号或密码不正确。")
    if not acc.active:
        raise LoginError(f"账号“{name}”已停用。如需使用，请联系管理员。")
    _note_success(acc.actor, acc.id, now)
    return acc.actor


def read_password(prompt: str, env: str = ENV_PASSWORD) -> str:
    """A password from the environment variable ``env``, or asked on the terminal."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise LoginError(f"需要密码：请在终端中运行，或设置环境变量 {env}。")
    return getpass.getpass(prompt)


def cli_login(user: str | None, now: dt.datetime | None = None) -> Actor:
    """The actor for a command line run: the local user, or a signed-in account."""
    if not has_accounts():
        return LOCAL_ACTOR
    if not user:
        raise LoginError("此数据库已设置账号，请用 --user 账号名 登录（密码取自环境变量 DUCHA_PASSWORD，或在终端输入）。")
    actor = authenticate(user, read_password(f"账号“{user}”的密码："), now or dt.datetime.now(), _cli_wait)
    _register_presence(actor)
    return actor


def _cli_wait(seconds: float) -> None:
    print(f"该账号已连续输错多次密码，等待 {seconds:g} 秒后核对……", file=sys.stderr, flush=True)
    time.sleep(seconds)


def _register_presence(actor: Actor) -> None:
    from models.core import presence
    from models.core.db import database

    # A read-only folder must not stop a sign-in; the lock message is then only vaguer.
    with contextlib.suppress(OSError):
        presence.register_database(database(), actor.name)
