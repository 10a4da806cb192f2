"""Substring search for Chinese without a word segmenter, as pure functions.

A text is normalised (full-width forms folded, letters lowered, punctuation and spaces
dropped) and cut into overlapping two-character grams, plus the last character alone:
"督〔2014〕90号" → "督2 20 01 14 49 90 0号 号". Any substring of two or more characters
of the normalised text is then a run of consecutive grams — an FTS5 phrase — and a
single character is a gram prefix ("城*"). SQLite's own ``trigram`` tokenizer cannot
index a query shorter than three characters, and two-character queries ("城中", "住建")
are what a clerk types most, so the grams are two characters long.
"""
from __future__ import annotations

import re
import unicodedata

_KEEP = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: At most this many characters of one record are indexed (a message's body is ~200).
MAX_CHARS = 4000


def normalize(text: str) -> str:
    """Folded to what is searched: digits, lower-case letters and Chinese characters only."""
    folded = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(_KEEP.findall(folded))


def grams(text: str) -> str:
    """The index tokens of ``text``: overlapping bigrams and the last character, space-separated."""
    t = normalize(text)[:MAX_CHARS]
    if not t:
        return ""
    return " ".join([t[i:i + 2] for i in range(len(t) - 1)] + [t[-1]])


def words(query: str) -> list[str]:
    """The normalised words of ``query``, each to be found as a substring."""
    return [t for t in (normalize(word) for word in (query or "").split()) if t]


def like_pattern(word: str) -> str:
    """A ``LIKE`` pattern finding ``word`` anywhere (its ``%``, ``_`` and ``\\`` escaped)."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression finding ``query`` as a substring, or ``None`` if empty.

    Several words separated by spaces must all occur (in any order).
    """
    parts = []
    for t in words(query):
        if len(t) == 1:
            parts.append(f'"{t}"*')
        else:
            parts.append('"' + " ".join(t[i:i + 2] for i in range(len(t) - 1)) + '"')
    return " AND ".join(parts) if parts else None


def is_initials(query: str) -> bool:
    """Whether ``query`` looks like pinyin initials ("szj", "qhm"): 2–8 latin letters."""
    q = (query or "").strip().lower()
    return 2 <= len(q) <= 8 and q.isascii() and q.isalpha()
