"""Pinyin initials for Chinese names, so a picker finds 市住建委 from "szj".

Many characters have several readings (单 dān/shàn/chán), and a surname is often read
differently from the same character elsewhere: 覃 Qín, 单 Shàn, 解 Xiè, 区 Ōu, 仇 Qiú,
曾 Zēng, 查 Zhā, 朴 Piáo. A clerk types the initials she hears, so every reading of
every character counts, and the surname reading of a name's first character always
does ("qhm" finds 覃海明; "shp" and "dhp" both find 单海平).

pypinyin takes about 0.15 s to import, so it is loaded on first use: the first screen
does not need it.
"""
from __future__ import annotations

import functools

# Surname readings (姓氏读音) that differ from the character's everyday reading, kept
# here as well as in pypinyin's data so that they hold whatever its version says.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",), "覃": ("qin",), "解": ("xie",), "区": ("ou",), "仇": ("qiu",),
    "曾": ("zeng",), "查": ("zha",), "朴": ("piao",), "乐": ("yue",), "缪": ("miao",),
    "盖": ("ge",), "秘": ("bi",), "种": ("chong",), "员": ("yun",), "召": ("shao",),
    "翟": ("zhai",), "句": ("gou",), "繁": ("po",), "宓": ("fu",), "能": ("nai",),
    "佴": ("nai",), "隗": ("wei",), "阚": ("kan",), "眭": ("sui",), "冼": ("xian",),
    "莘": ("shen",), "郇": ("huan",), "贲": ("ben",), "蕃": ("pi",), "尉": ("wei",),
    "长孙": ("zhang", "sun"), "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"), "澹台": ("tan", "tai"),
}


@functools.lru_cache(maxsize=20000)
def initials(text: str) -> str:
    """Lower-case pinyin initials of ``text`` in its most likely reading (Latin letters and digits kept)."""
    from pypinyin import Style, lazy_pinyin

    out = []
    for part in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default"):
        out.append("".join(ch for ch in part.lower() if ch.isalnum()))
    return "".join(out)


@functools.lru_cache(maxsize=20000)
def initial_choices(text: str) -> tuple[frozenset[str], ...]:
    """For each letter, digit or Chinese character of ``text``, every initial it may be typed as.

    A character's set holds the initials of its reading in context, of all its other
    readings, and — for the first character(s) — of its surname reading. Punctuation and
    spaces have no position; Latin letters and digits stand for themselves.
    """
    from pypinyin import Style, pinyin

    in_context = pinyin(text, style=Style.FIRST_LETTER, heteronym=True, errors=list)
    if len(in_context) != len(text):  # one entry per character, or the context is not used
        in_context = [[] for _ in text]
    surname = _surname_initials(text)
    out = []
    for i, ch in enumerate(text):
        if _is_chinese(ch):
            letters = set(_char_initials(ch)) | {r[:1].lower() for r in in_context[i] if r[:1].isalnum()}
        else:
            letters = {ch.lower()} if ch.isalnum() else set()
        if i < len(surname):
            letters.add(surname[i])
        if letters:
            out.append(frozenset(letters))
    return tuple(out)


def _surname_initials(text: str) -> str:
    for length in (2, 1):
        reading = SURNAME_READINGS.get(text[:length])
        if reading:
            return "".join(r[0] for r in reading)
    return ""


def _is_chinese(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


@functools.lru_cache(maxsize=20000)
def _char_initials(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(r[:1].lower() for r in pinyin(ch, style=Style.FIRST_LETTER, heteronym=True)[0]
                     if r[:1].isalnum())


def initials_match(query: str, text: str) -> bool:
    """Whether the Latin letters and digits of ``query`` are the initials of a run of ``text``."""
    letters = [c for c in query.lower() if c.isalnum()]
    if not letters:
        return False
    choices = initial_choices(text)
    n = len(letters)
    return any(all(letters[j] in choices[i + j] for j in range(n)) for i in range(len(choices) - n + 1))


@functools.lru_cache(maxsize=20000)
def sort_key(text: str) -> str:
    """A key that sorts Chinese text in pinyin order, as a Chinese reader expects."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text or "", errors="default")).lower()


def matches(query: str, *texts: str) -> bool:
    """Whether ``query`` is a substring of any text or the pinyin initials of a run of one."""
    q = query.strip().lower()
    if not q:
        return True
    for t in texts:
        if not t:
            continue
        if q in t.lower():
            return True
        if q.isascii() and initials_match(q, t):
            return True
    return False
