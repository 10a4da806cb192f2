"""Errors the user is meant to read: each carries a Chinese message saying what to do."""
from __future__ import annotations


class UserError(Exception):
    """An expected failure with a message for the clerk (never shown as a traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseOpenError(UserError):
    """The database file cannot be opened safely (not a database, corrupt, too new)."""


class WorkflowError(UserError):
    """A workflow refused a change: illegal transition, bad value, missing field."""


class PermissionDenied(WorkflowError):
    """The signed-in role may not do this."""


class StaleRecordError(WorkflowError):
    """The record was changed elsewhere since the form was opened (optimistic lock)."""

    def __init__(self, message: str, mine: dict | None = None, theirs: dict | None = None) -> None:
        super().__init__(message)
        self.mine = mine or {}
        self.theirs = theirs or {}


class DatabaseBusyError(UserError):
    """Another program holds the write lock for longer than we are willing to wait."""


class ConnectionLostError(UserError):
    """The office's database server went away (stopped, network cut) during or before a
    statement. The server rolls back the transaction it cut, so nothing is half-written;
    the next use connects again."""

    #: The sentence of the message for a form being saved (where nothing is being filled,
    #: the window says "try again" instead: :mod:`ui.crash`).
    FORM_KEPT = "您正在填写的内容仍保留在窗口中，服务器恢复后再点保存；"
