"""Who is acting: the signed-in account and its role (管理员 / 督查员 / 查阅)."""
from __future__ import annotations

import enum
from dataclasses import dataclass

from models.core.errors import PermissionDenied


class Role(str, enum.Enum):
    """The three roles of the office."""

    ADMIN = "admin"  # 管理员: accounts, settings, calendar, and everything a clerk does
    CLERK = "clerk"  # 督查员: enters and changes records, drafts and issues documents
    VIEWER = "viewer"  # 查阅: reads and prints only

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.ADMIN: "管理员", Role.CLERK: "督查员", Role.VIEWER: "查阅"}


class Permission(str, enum.Enum):
    """What a workflow needs of the actor."""

    READ = "read"
    WRITE = "write"
    ADMIN = "admin"
    SIGN = "sign"  # 签发: sign a document off so that it may be issued


_ALLOWED = {
    Role.ADMIN: {Permission.READ, Permission.WRITE, Permission.ADMIN, Permission.SIGN},
    Role.CLERK: {Permission.READ, Permission.WRITE},
    Role.VIEWER: {Permission.READ},
}


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a workflow runs; written into every audit record."""

    name: str
    role: Role
    #: 可签发: a 督查员 account an administrator allowed to sign documents off.
    may_sign: bool = False

    def can(self, permission: Permission) -> bool:
        """Whether this role (or, for 签发, this account's 可签发 flag) holds ``permission``."""
        if permission is Permission.SIGN and self.may_sign and self.role is Role.CLERK:
            return True
        return permission in _ALLOWED[self.role]


#: A database with no account yet runs as this single local user.
LOCAL_ACTOR = Actor("本机用户", Role.ADMIN)


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` in Chinese unless ``actor`` may do it."""
    if not actor.can(permission):
        need = {Permission.WRITE: "督查员或管理员", Permission.ADMIN: "管理员",
                Permission.SIGN: "管理员或“可签发”的督查员"}.get(permission, "")
        raise PermissionDenied(
            f"“{actor.name}”的角色是{actor.role.label}，不能进行此操作（需要{need}权限）。"
        )
