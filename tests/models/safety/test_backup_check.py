"""What a restore does to sign-in: backups from before accounts, a restorer missing from
the backup, the same accounts, and the backup itself read without being changed."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3

from models.core.actors import LOCAL_ACTOR, Actor, Role
from models.core.backup import online_backup
from models.core.db import database
from models.safety import accounts
from models.safety.restore_check import (
    AccountEntry,
    AccountsSnapshot,
    accounts_in_file,
    accounts_now,
    check_restore,
    compare_accounts,
)

NOW = dt.datetime(2014, 10, 28, 9)
BOSS = Actor("boss", Role.ADMIN)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_without_accounts_over_a_database_with_accounts_warns_of_single_user_mode(db, tmp_path):
    backup = online_backup(database(), tmp_path / "before-accounts.sqlite3")
    before = _digest(backup)
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    check = check_restore(backup, "boss", accounts_now())
    assert check.ends_sign_in and check.single_user_after and check.serious
    assert not check.starts_sign_in and not check.restorer_lost
    assert "单用户模式" in check.text and "本机用户" in check.text and "1 个账号" in check.text
    assert "已回到单用户模式" in check.after_text
    # Read only: the backup is neither migrated nor touched.
    assert _digest(backup) == before


def test_backup_whose_accounts_lack_the_restorer_says_they_are_locked_out(db, tmp_path):
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    backup = online_backup(database(), tmp_path / "boss-only.sqlite3")
    accounts.create_account(BOSS, "chief", "admin", "Chief-pass-1", NOW)
    check = check_restore(backup, "chief", accounts_now())
    assert check.restorer_lost and check.serious and not check.ends_sign_in
    assert "备份中没有您的账号“chief”" in check.text
    assert "boss" in check.text  # whom to sign in as instead
    assert "chief" in check.after_text


def test_restorer_deactivated_or_not_admin_in_the_backup_is_told(db, tmp_path):
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    accounts.create_account(BOSS, "chief", "clerk", "Chief-pass-1", NOW)
    accounts.create_account(BOSS, "aide", "admin", "Aide-pass-11", NOW)
    accounts.set_active(BOSS, "aide", False)
    backup = online_backup(database(), tmp_path / "roles.sqlite3")
    accounts.change_role(BOSS, "chief", "admin")
    accounts.set_active(BOSS, "aide", True)
    as_chief = check_restore(backup, "chief", accounts_now())
    assert as_chief.restorer_lost and "督查员" in as_chief.text and "不再是管理员" in as_chief.text
    as_aide = check_restore(backup, "aide", accounts_now())
    assert as_aide.restorer_lost and "已停用" in as_aide.text
    assert check_restore(backup, "boss", accounts_now()).warnings == ()


def test_same_accounts_give_no_warning(db, tmp_path):
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    accounts.create_account(BOSS, "clerk1", "clerk", "Clerk-pass-1", NOW)
    backup = online_backup(database(), tmp_path / "same.sqlite3")
    check = check_restore(backup, "boss", accounts_now())
    assert check.warnings == () and check.after == () and check.text == ""
    assert not (check.serious or check.single_user_after or check.starts_sign_in)
    assert check.backup.active_admins == ("boss",)
    # Both without accounts: nothing changes either.
    assert compare_accounts(AccountsSnapshot(), AccountsSnapshot(), LOCAL_ACTOR.name).warnings == ()


def test_backup_with_accounts_over_single_user_says_sign_in_with_the_backups_accounts():
    backup = AccountsSnapshot((AccountEntry("boss", Role.ADMIN, True), AccountEntry("li", Role.CLERK, True)))
    check = compare_accounts(backup, AccountsSnapshot(), LOCAL_ACTOR.name)
    assert check.starts_sign_in and not check.serious
    assert len(check.warnings) == 1
    assert "恢复后需用备份中的账号登录" in check.text and "2 个账号" in check.text and "boss" in check.text
    assert "须用备份中的账号登录" in check.after_text


def test_unreadable_current_database_still_describes_the_backup():
    check = compare_accounts(AccountsSnapshot(), None, LOCAL_ACTOR.name)
    assert check.single_user_after and not check.ends_sign_in and not check.serious
    assert "单用户模式" in check.text and "单用户模式" in check.after_text


def test_backup_older_than_the_account_table_has_no_accounts(db, tmp_path):
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    old = online_backup(database(), tmp_path / "old.sqlite3")
    con = sqlite3.connect(old)
    con.executescript("DROP TABLE login_state; DROP TABLE account;")
    con.close()
    kept = shutil.copy(old, tmp_path / "old-copy.sqlite3")
    assert accounts_in_file(old) == AccountsSnapshot()
    assert _digest(old) == _digest(kept)
    assert check_restore(old, "boss", accounts_now()).ends_sign_in


def test_wording_of_the_warnings_before_accounts_and_before_sign_in():
    boss = AccountsSnapshot((AccountEntry("boss", Role.ADMIN, True),))
    before = compare_accounts(AccountsSnapshot(), boss, "boss")
    assert before.text.startswith("注意：该备份是在启用账号之前制作的，")
    first = compare_accounts(boss, AccountsSnapshot(), LOCAL_ACTOR.name)
    assert "启用的管理员：boss），密码为制作备份时各账号的密码。" in first.text


NO_ADMIN = "备份中没有启用的管理员账号，恢复后将无人能管理账号或再次恢复备份"


def test_a_backup_without_an_active_admin_is_a_serious_warning_over_single_user():
    backup = AccountsSnapshot((AccountEntry("boss", Role.ADMIN, False), AccountEntry("li", Role.CLERK, True)))
    assert backup.lacks_admin and not AccountsSnapshot().lacks_admin
    check = compare_accounts(backup, AccountsSnapshot(), LOCAL_ACTOR.name)
    assert check.starts_sign_in and check.no_admin_after and check.serious
    assert NO_ADMIN in check.text and "其中没有启用的管理员" in check.text
    assert "无人能管理账号" in check.after_text
    assert "（无）" not in check.text + check.after_text and "（）" not in check.text + check.after_text


def test_a_backup_without_an_active_admin_names_no_one_to_sign_in_as():
    current = AccountsSnapshot((AccountEntry("boss", Role.ADMIN, True), AccountEntry("li", Role.CLERK, True)))
    only_clerk = AccountsSnapshot((AccountEntry("li", Role.CLERK, True),))
    gone = compare_accounts(only_clerk, current, "boss")
    assert gone.restorer_lost and gone.serious and NO_ADMIN in gone.text
    assert "备份中没有您的账号“boss”" in gone.text and "管理员账号（" not in gone.text
    assert "今后只能用备份中的其他账号登录" in gone.after_text
    demoted = compare_accounts(AccountsSnapshot((AccountEntry("boss", Role.VIEWER, True),)), current, "boss")
    assert demoted.restorer_lost and NO_ADMIN in demoted.text and "备份中的管理员" not in demoted.text
    for check in (gone, demoted):
        assert "（无）" not in check.text + check.after_text and "（）" not in check.text + check.after_text
    # An admin left in the backup: no such warning.
    assert not compare_accounts(current, current, "li").no_admin_after
