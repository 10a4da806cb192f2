"""Pinyin initials for Chinese names, so a picker finds 市住建委 from "szj"."""
from __future__ import annotations

import functools

from pypinyin import Style, lazy_pinyin


@functools.lru_cache(maxsize=20000)
def initials(text: str) -> str:
    """Lower-case pinyin initials of ``text`` (Latin letters and digits kept as is)."""
    out = []
    for part in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default"):
        out.append("".join(ch for ch in part.lower() if ch.isalnum()))
    return "".join(out)


@functools.lru_cache(maxsize=20000)
def sort_key(text: str) -> str:
    """A key that sorts Chinese text in pinyin order, as a Chinese reader expects."""
    return " ".join(lazy_pinyin(text or "", errors="default")).lower()


def matches(query: str, *texts: str) -> bool:
    """Whether ``query`` is a substring of any text or of its pinyin initials."""
    q = query.strip().lower()
    if not q:
        return True
    for t in texts:
        if not t:
            continue
        if q in t.lower():
            return True
        if q.isascii() and q in initials(t):
            return True
    return False
