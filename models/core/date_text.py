"""Dates as clerks type them into a form field (日期输入): 20141028, 2014.10.28, 10月28日 ….

A clerk copies dates from paper in whatever shape they were written; the field takes
them all and shows the one house format. Month-and-day forms take the year of a
reference date the caller passes in (the field's current date, or today).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

MIN_YEAR, MAX_YEAR = 1900, 2100
EXAMPLES = "20141028、2014-10-28、2014.10.28、10.28 或 10月28日"

_SEP = r"[-./]"
_WITH_YEAR = (
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),
)
_MONTH_DAY = (
    re.compile(rf"^(\d{{1,2}}){_SEP}(\d{{1,2}})$"),
    re.compile(r"^(\d{1,2})月(\d{1,2})[日号]?$"),
)


def parse_typed_date(text: str, reference: dt.date) -> dt.date:
    """The date ``text`` names; month-day forms (10.28, 10月28日) take ``reference``'s year.

    Full-width digits and punctuation from a Chinese input method are accepted, and
    spaces are ignored. Raises ``ValueError`` with a Chinese message saying what is
    wrong and what to type instead.
    """
    typed = (text or "").strip()
    plain = re.sub(r"\s+", "", unicodedata.normalize("NFKC", typed))
    if not plain:
        raise ValueError(f"请填写日期，如 {EXAMPLES}。")
    for pattern in _WITH_YEAR:
        m = pattern.match(plain)
        if m:
            return _checked(typed, *(int(g) for g in m.groups()))
    for pattern in _MONTH_DAY:
        m = pattern.match(plain)
        if m:
            return _checked(typed, reference.year, *(int(g) for g in m.groups()))
    raise ValueError(f"“{typed[:30]}”不是日期：可输入 {EXAMPLES}。")


def _checked(typed: str, year: int, month: int, day: int) -> dt.date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"“{typed}”不是有效日期：年份应在 {MIN_YEAR} 到 {MAX_YEAR} 之间。")
    if not 1 <= month <= 12:
        raise ValueError(f"“{typed}”不是有效日期：月份应为 1 到 12。")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"“{typed}”不是有效日期：{year}年{month}月没有{day}日。") from None


def format_date(day: dt.date) -> str:
    """The house format of a date in a field: 2014-10-28."""
    return day.isoformat()
