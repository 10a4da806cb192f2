"""The first run's set-up (首次使用设置): what the wizard asks, written in one go.

The wizard is offered once, on a new file nobody has used: no audit record, no setting,
no account (every write goes through a workflow, which leaves an audit record, so an
office's file in use always has one). Finishing or skipping it stores a marker, so it
never comes back.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from models.core import settings
from models.core.actors import Actor, Permission
from models.core.audit import AuditLog
from models.core.errors import WorkflowError
from models.core.settings import Setting
from models.core.workflow import insert, workflow
from models.safety import accounts

#: the hidden setting that says the first run's wizard was finished or skipped
SETUP_KEY = "setup.first_run"


@dataclass(frozen=True)
class NewAdmin:
    """The administrator account the wizard creates (password typed twice, already equal)."""

    name: str
    password: str
    display_name: str = ""


@dataclass(frozen=True)
class SetupAnswers:
    """What the wizard's pages gathered: settings to change and the account to create.

    ``values`` maps a setting's key to its new value; a page skipped adds nothing.
    ``admin`` is ``None`` for single-user mode (no account, no sign-in) or a skipped page.
    """

    values: dict[str, Any] = field(default_factory=dict)
    admin: NewAdmin | None = None


def needs_setup() -> bool:
    """Whether the open file is new and unused, and the wizard has not been shown for it."""
    if Setting.select().exists():  # the marker, a demonstration's day, or any setting changed
        return False
    if accounts.has_accounts():
        return False
    # The program's own baseline of the seeded calendar is no one's work.
    return not AuditLog.select().where(AuditLog.action != "baseline").exists()


def check_admin(name: str, password: str, again: str) -> None:
    """Refuse an administrator account the wizard cannot create, in Chinese, writing nothing."""
    if password != again:
        raise WorkflowError("两次输入的密码不一致，请重新输入。")
    accounts.check_new_account(name, password)


@workflow(Permission.ADMIN)
def finish_setup(actor: Actor, answers: SetupAnswers, now: dt.datetime) -> Actor:
    """Write the wizard's answers, the account and the marker in one transaction.

    Returns the actor to go on as: the new administrator, or ``actor`` when no account
    was created. Any refusal leaves nothing written.
    """
    for key, value in answers.values.items():
        if settings.get(key) != settings.REGISTRY[key].coerce(value):
            settings.set_value(actor, key, value)
    result = actor
    if answers.admin is not None:
        info = accounts.create_account(actor, answers.admin.name, accounts.Role.ADMIN,
                                       answers.admin.password, now, answers.admin.display_name)
        result = Actor(info.name, info.role)
    skip_setup(actor, now)
    return result


@workflow(Permission.ADMIN)
def skip_setup(actor: Actor, now: dt.datetime) -> None:
    """Store the marker alone: the wizard was closed and is not offered again."""
    insert(actor, Setting, "首次使用设置已完成或跳过", key=SETUP_KEY,
           value=json.dumps(now.isoformat(timespec="seconds")))
