"""Accounts and roles: scrypt hashes, the first-account rule, slower sign-in after failures, roles enforced."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from models.core import audit, settings
from models.core.actors import LOCAL_ACTOR, Actor, Role
from models.core.errors import PermissionDenied, WorkflowError
from models.reference.directory import Unit, UnitData, save_unit
from models.safety import accounts

NOW = dt.datetime(2014, 10, 28, 9, 0)


@pytest.fixture
def admin(db):
    accounts.create_account(LOCAL_ACTOR, "admin", "admin", "Admin-pass-1", NOW)
    return Actor("admin", Role.ADMIN)


def test_kdf_is_scrypt_with_memory_hard_parameters_and_a_salt_per_hash():
    a = accounts.hash_password("同一个密码123")
    b = accounts.hash_password("同一个密码123")
    kind, n, r, p, salt, digest = a.split("$")
    assert kind == "scrypt" and int(n) >= 2**14 and int(r) >= 8 and int(p) >= 1
    assert int(n) * int(r) * 128 >= 16 * 1024 * 1024  # at least 16 MB of memory per guess
    assert len(bytes.fromhex(salt)) >= 16
    assert a != b and a.split("$")[4] != b.split("$")[4]
    expected = hashlib.scrypt("同一个密码123".encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                              p=int(p), maxmem=accounts.KDF_MAXMEM, dklen=len(bytes.fromhex(digest)))
    assert expected.hex() == digest
    assert accounts.verify_password("同一个密码123", a)
    assert not accounts.verify_password("同一个密码124", a)
    assert not accounts.verify_password("x", "garbage")


def test_the_first_account_must_be_admin_and_needs_no_login(db):
    assert not accounts.has_accounts()
    with pytest.raises(WorkflowError, match="第一个账号必须是管理员"):
        accounts.create_account(LOCAL_ACTOR, "clerk1", "clerk", "Clerk-pass-1", NOW)
    assert not accounts.has_accounts()
    accounts.create_account(LOCAL_ACTOR, "admin", Role.ADMIN, "Admin-pass-1", NOW)
    assert accounts.has_accounts()


def test_after_the_first_only_a_signed_in_admin_adds_accounts(admin, clerk):
    # The local user no longer counts once accounts exist, nor does a made-up admin.
    for who in (LOCAL_ACTOR, Actor("冒充者", Role.ADMIN)):
        with pytest.raises(PermissionDenied):
            accounts.create_account(who, "x1", "clerk", "Clerk-pass-1", NOW)
    with pytest.raises(PermissionDenied):
        accounts.create_account(clerk, "x2", "clerk", "Clerk-pass-1", NOW)
    accounts.create_account(admin, "zhang", "clerk", "Clerk-pass-1", NOW)
    assert [a.name for a in accounts.list_accounts()] == ["admin", "zhang"]
    with pytest.raises(WorkflowError, match="已存在"):
        accounts.create_account(admin, "zhang", "viewer", "Clerk-pass-1", NOW)


def test_weak_passwords_and_bad_names_are_refused(admin):
    for pw, why in (("short", "至少"), ("Zhangsan1", "相同"), ("aaaaaaaaaa", "简单")):
        with pytest.raises(WorkflowError, match=why):
            accounts.create_account(admin, "zhangsan1", "clerk", pw, NOW)
    with pytest.raises(WorkflowError, match="保留"):
        accounts.create_account(admin, LOCAL_ACTOR.name, "clerk", "Clerk-pass-1", NOW)
    with pytest.raises(WorkflowError, match="空格"):
        accounts.create_account(admin, "a b", "clerk", "Clerk-pass-1", NOW)


def test_viewer_is_refused_by_a_workflow_and_nothing_is_written(admin):
    accounts.create_account(admin, "reader", "viewer", "Viewer-pass-1", NOW)
    viewer = accounts.authenticate("reader", "Viewer-pass-1", NOW)
    assert viewer.role is Role.VIEWER
    before = audit.AuditLog.select().count()
    with pytest.raises(PermissionDenied, match="查阅"):
        save_unit(viewer, UnitData("市审计局"))
    with pytest.raises(PermissionDenied):
        settings.set_value(viewer, "lights.yellow_days", 3)
    with pytest.raises(PermissionDenied):
        accounts.change_role(viewer, "reader", "admin")
    assert Unit.select().count() == 0 and audit.AuditLog.select().count() == before


class Waits(list):
    """Stands in for ``time.sleep``: records each wait instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_the_wait_grows_per_failure_and_is_capped_at_a_few_seconds():
    assert [accounts.login_delay(n, 5, 5) for n in range(12)] == [0, 0, 0, 0, 0, 1, 2, 4, 5, 5, 5, 5]
    assert accounts.login_delay(10**6, 5, 5) == 5  # a month of hammering still waits only 5 s
    assert accounts.login_delay(3, 3, 30) == 1


def test_a_colleague_typing_wrong_passwords_cannot_shut_the_admin_out(admin):
    waits = Waits()
    for i in range(20):  # the colleague, again and again, under the admin's name
        with pytest.raises(accounts.LoginError, match="不正确"):
            accounts.authenticate("admin", f"guess-{i}", NOW + dt.timedelta(seconds=i), waits)
    # No wait for the first five, then 1, 2, 4 seconds, and never more than five.
    assert waits[:4] == [1, 2, 4, 5] and set(waits[4:]) == {5} and len(waits) == 15
    # The admin, one second after the last guess: a short wait, then in.
    waits.clear()
    assert accounts.authenticate("admin", "Admin-pass-1", NOW + dt.timedelta(seconds=21), waits).name == "admin"
    assert waits == [5]
    # The right password cleared the count: the next sign-in does not wait.
    waits.clear()
    accounts.authenticate("admin", "Admin-pass-1", NOW + dt.timedelta(seconds=22), waits)
    assert waits == []
    # Each failure is audited, and the chain still holds.
    assert audit.AuditLog.select().where(audit.AuditLog.action == "login_failed").count() == 20
    assert audit.verify_chain() is None


def test_the_wait_comes_before_the_check_whether_the_password_is_right_or_wrong(admin, monkeypatch):
    # Were a right password let through at once, a guesser could stop waiting early.
    order = []
    real = accounts.verify_password
    for i in range(5):
        with pytest.raises(accounts.LoginError):
            accounts.authenticate("admin", f"guess-{i}", NOW, Waits())

    def checked(password, stored):
        order.append("check")
        return real(password, stored)

    monkeypatch.setattr(accounts, "verify_password", checked)
    accounts.authenticate("admin", "Admin-pass-1", NOW, lambda s: order.append(("wait", s)))
    assert order == [("wait", 1), "check"]


def test_threshold_and_longest_wait_are_settings_and_an_admin_clears_the_count(admin):
    settings.set_value(admin, "accounts.max_failures", 3)
    settings.set_value(admin, "accounts.max_delay_seconds", 2)
    accounts.create_account(admin, "li", "clerk", "Clerk-pass-1", NOW)
    waits = Waits()
    for _ in range(6):
        with pytest.raises(accounts.LoginError):
            accounts.authenticate("li", "nope-nope", NOW, waits)
    assert waits == [1, 2, 2]
    li = next(a for a in accounts.list_accounts() if a.name == "li")
    assert (li.failed_count, li.delay_seconds) == (6, 2)
    accounts.unlock(admin, "li")
    assert accounts.sign_in_delay("li") == 0
    assert accounts.authenticate("li", "Clerk-pass-1", NOW, waits).name == "li" and len(waits) == 3


def test_a_lock_left_by_an_older_version_does_not_keep_anyone_out(admin):
    state = accounts.LoginState.get(accounts.LoginState.account == accounts.Account.get(name="admin").id)
    accounts.LoginState.update(locked_until=(NOW + dt.timedelta(hours=9)).isoformat()).where(
        accounts.LoginState.account == state.account_id).execute()
    assert accounts.authenticate("admin", "Admin-pass-1", NOW, Waits()).name == "admin"


def test_unknown_name_and_wrong_password_read_the_same(admin):
    with pytest.raises(accounts.LoginError) as a:
        accounts.authenticate("nobody", "whatever1", NOW)
    with pytest.raises(accounts.LoginError) as b:
        accounts.authenticate("admin", "whatever1", NOW)
    assert str(a.value) == str(b.value)


def test_deactivated_account_cannot_sign_in_and_last_admin_is_protected(admin):
    accounts.create_account(admin, "wang", "clerk", "Clerk-pass-1", NOW)
    accounts.deactivate(admin, "wang")
    with pytest.raises(accounts.LoginError, match="停用"):
        accounts.authenticate("wang", "Clerk-pass-1", NOW)
    with pytest.raises(WorkflowError, match="最后一个管理员"):
        accounts.change_role(admin, "admin", "clerk")
    with pytest.raises(WorkflowError, match="最后一个管理员"):
        accounts.deactivate(admin, "admin")
    accounts.set_active(admin, "wang", True)
    accounts.change_role(admin, "wang", "admin")
    accounts.change_role(admin, "admin", "viewer")
    assert accounts.authenticate("admin", "Admin-pass-1", NOW).role is Role.VIEWER


def test_password_changes_own_with_old_and_reset_by_admin(admin):
    accounts.create_account(admin, "zhao", "clerk", "Clerk-pass-1", NOW)
    zhao = accounts.authenticate("zhao", "Clerk-pass-1", NOW)
    with pytest.raises(WorkflowError, match="原密码"):
        accounts.change_password(zhao, "zhao", "New-pass-22", NOW, old_password="bad-old-1")
    with pytest.raises(PermissionDenied):
        accounts.change_password(zhao, "admin", "New-pass-22", NOW)
    accounts.change_password(zhao, "zhao", "New-pass-22", NOW, old_password="Clerk-pass-1")
    assert accounts.authenticate("zhao", "New-pass-22", NOW).name == "zhao"
    accounts.change_password(admin, "zhao", "Reset-pass-3", NOW)
    assert accounts.authenticate("zhao", "Reset-pass-3", NOW).name == "zhao"


def test_passwords_and_hashes_never_reach_the_audit_log(admin):
    accounts.create_account(admin, "zhou", "clerk", "Secret-pw-77", NOW)
    accounts.change_password(admin, "zhou", "Other-pw-88", NOW)
    stored = accounts.Account.get(accounts.Account.name == "zhou").password_hash
    text = json.dumps([(r.before, r.after, r.summary) for r in audit.AuditLog.select()], ensure_ascii=False)
    for secret in ("Secret-pw-77", "Other-pw-88", stored, stored.split("$")[4], stored.split("$")[5]):
        assert secret not in text
    change = audit.AuditLog.select().where(audit.AuditLog.action == "password").get()
    assert json.loads(change.after)["password_hash"] == audit.HIDDEN


def test_cli_login_local_then_accounts(db, monkeypatch):
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)
    assert accounts.cli_login(None) == LOCAL_ACTOR
    accounts.create_account(LOCAL_ACTOR, "admin", "admin", "Admin-pass-1", NOW)
    with pytest.raises(accounts.LoginError, match="--user"):
        accounts.cli_login(None, NOW)
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(accounts.LoginError, match="DUCHA_PASSWORD"):
        accounts.cli_login("admin", NOW)
    monkeypatch.setenv("DUCHA_PASSWORD", "wrong-one-1")
    with pytest.raises(accounts.LoginError):
        accounts.cli_login("admin", NOW)
    monkeypatch.setenv("DUCHA_PASSWORD", "Admin-pass-1")
    assert accounts.cli_login("admin", NOW) == Actor("admin", Role.ADMIN)
