"""The office's own settings (设置) as data with defaults.

Each area of the application defines its settings with :func:`define` in its own
module; the value lives in the ``setting`` table only once someone changes it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import peewee

from models.core.actors import Actor, Permission
from models.core.base import BaseModel
from models.core.errors import WorkflowError
from models.core.workflow import insert, update, workflow


class Setting(BaseModel):
    """A changed setting: key and JSON value."""

    key = peewee.CharField(primary_key=True)
    value = peewee.TextField()

    class Meta:
        table_name = "setting"


@dataclass(frozen=True)
class SettingDef:
    """A setting's key, default, Chinese label and the group it is shown in."""

    key: str
    default: Any
    label: str
    group: str
    help: str = ""
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = field(default_factory=tuple)

    def coerce(self, value: Any) -> Any:
        """Check and convert a typed value; raise :class:`WorkflowError` in Chinese."""
        if isinstance(self.default, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "是", "on"}
            return bool(value)
        if isinstance(self.default, int):
            try:
                number = int(str(value).strip())
            except ValueError as exc:
                raise WorkflowError(f"“{self.label}”须为整数，收到“{value}”。") from exc
            if self.minimum is not None and number < self.minimum:
                raise WorkflowError(f"“{self.label}”不能小于 {self.minimum}。")
            if self.maximum is not None and number > self.maximum:
                raise WorkflowError(f"“{self.label}”不能大于 {self.maximum}。")
            return number
        text = "" if value is None else str(value).strip()
        if self.choices and text not in self.choices:
            raise WorkflowError(f"“{self.label}”须为：{'、'.join(self.choices)}。")
        return text


REGISTRY: dict[str, SettingDef] = {}


def define(key: str, default: Any, label: str, group: str, **kw: Any) -> SettingDef:
    """Declare a setting (idempotent for the same key)."""
    d = SettingDef(key, default, label, group, **kw)
    REGISTRY[key] = d
    return d


def get(key: str | SettingDef) -> Any:
    """The current value, or the default when unchanged."""
    d = REGISTRY[key] if isinstance(key, str) else key
    row = Setting.get_or_none(Setting.key == d.key)
    return d.default if row is None else json.loads(row.value)


def all_values() -> dict[str, Any]:
    """Every defined setting's current value."""
    stored = {r.key: json.loads(r.value) for r in Setting.select()}
    return {k: stored.get(k, d.default) for k, d in REGISTRY.items()}


@workflow(Permission.ADMIN)
def set_value(actor: Actor, key: str, value: Any) -> Any:
    """Change one setting (管理员 only), audited."""
    if key not in REGISTRY:
        raise WorkflowError(f"没有名为“{key}”的设置。")
    d = REGISTRY[key]
    value = d.coerce(value)
    encoded = json.dumps(value, ensure_ascii=False)
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        insert(actor, Setting, f"设置 {d.label}", key=key, value=encoded)
    else:
        update(actor, row, summary=f"设置 {d.label}", value=encoded)
    return value


OFFICE_NAME = define("office.name", "中共南宁市委督查室", "本室名称（落款）", "本室")
OFFICE_PARENT = define("office.parent", "中共南宁市委办公厅", "上级机关（印发机关）", "本室")
OFFICE_CITY = define("office.city", "南宁市", "所在城市", "本室")
OFFICE_CONTACT = define("office.contact", "督查室值班电话：0771-0000000", "联系人及电话", "本室")
BULLETIN_MARK = define("bulletin.mark", "督 查 通 报", "通报版头（发文机关标志）", "通报")
YELLOW_DAYS = define("lights.yellow_days", 5, "临近到期提示（工作日）", "预警", minimum=0, maximum=60)
