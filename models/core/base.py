"""The peewee base model and plain-data snapshots of records."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import peewee

from models.core.db import db_proxy


class BaseModel(peewee.Model):
    """All tables bind to the one database proxy."""

    class Meta:
        database = db_proxy
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A record edited in forms: ``version`` guards against lost updates."""

    version = peewee.IntegerField(default=1)


def plain(value: Any) -> Any:
    """A JSON-safe form of a field value (dates as ISO text)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(instance: peewee.Model) -> dict[str, Any]:
    """The record's column values as plain data (foreign keys as ids)."""
    out: dict[str, Any] = {}
    for name, field in instance._meta.fields.items():
        if isinstance(field, peewee.ForeignKeyField):
            out[name] = instance.__data__.get(name)
        else:
            out[name] = plain(getattr(instance, name))
    return out
