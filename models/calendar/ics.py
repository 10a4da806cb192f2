"""Calendar entries as an iCalendar file (RFC 5545) for other calendar programs.

Plain text: CRLF line ends, UTF-8, lines folded at 75 octets without splitting a
character, TEXT values escaped. Each entry is an all-day event.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path

from models.calendar.agenda import AgendaEntry
from models.core.storage import write_file

PRODID = "-//督查工作台//Supervision Desk//ZH"


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and new lines."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " " + ch, 1 + n, 75
            continue
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _uid(entry: AgendaEntry) -> str:
    key = f"{entry.record_type}-{entry.record_id}-{entry.kind}-{entry.day.isoformat()}-{entry.title}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20] + "@ducha"


def to_ics(entries: Iterable[AgendaEntry], stamp: dt.datetime, name: str = "督查工作日历") -> str:
    """The iCalendar text of ``entries``; ``stamp`` is the DTSTAMP (UTC, passed in)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{escape_text(name)}"]
    stamp_text = stamp.strftime("%Y%m%dT%H%M%SZ")
    for e in entries:
        summary = f"【{e.light.label}】{e.kind}：{e.title}"
        desc = [f"红绿灯：{e.light.text()}"]
        if e.unit:
            desc.append(f"单位：{e.unit}")
        if e.state:
            desc.append(f"状态：{e.state}")
        if e.provisional:
            desc.append("日期为暂定：该年的节假日安排尚未录入")
        lines += [
            "BEGIN:VEVENT", f"UID:{_uid(e)}", f"DTSTAMP:{stamp_text}",
            f"DTSTART;VALUE=DATE:{e.day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(e.day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(summary)}", f"DESCRIPTION:{escape_text(chr(10).join(desc))}",
            f"CATEGORIES:{escape_text(e.kind)}", "TRANSP:TRANSPARENT", "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_ics(path: Path, entries: Iterable[AgendaEntry], stamp: dt.datetime, name: str = "督查工作日历") -> Path:
    """Write :func:`to_ics` to ``path`` as UTF-8 bytes (line ends kept as CRLF), whole or
    not at all."""
    data = to_ics(entries, stamp, name).encode("utf-8")
    return write_file(path, lambda tmp: tmp.write_bytes(data))
