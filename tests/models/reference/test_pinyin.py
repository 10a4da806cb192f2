"""Pinyin initials: every reading of a polyphone, surname readings, and a lazy import."""
from __future__ import annotations

import subprocess
import sys

import pytest

from models.reference.pinyin import SURNAME_READINGS, initial_choices, initials, matches

FOUND = [
    ("qhm", "覃海明"),  # 覃 as a surname: Qín
    ("thm", "覃海明"),  # … and its everyday reading tán
    ("shp", "单海平"),  # 单 Shàn
    ("dhp", "单海平"),  # 单 dān
    ("xm", "解明"),  # 解 Xiè
    ("jm", "解明"),
    ("ow", "区伟"),  # 区 Ōu
    ("qx", "仇新"),  # 仇 Qiú
    ("zj", "曾军"),  # 曾 Zēng
    ("cj", "曾军"),
    ("zl", "查林"),  # 查 Zhā
    ("pj", "朴杰"),  # 朴 Piáo
    ("yf", "乐凡"),  # 乐 Yuè
    ("ycg", "尉迟恭"),  # compound surname 尉迟 Yùchí
    ("mqx", "万俟雪"),  # 万俟 Mòqí
    ("hm", "覃海明"),  # initials of a run inside the name
    ("szj", "市住建委"),
    ("szjw", "市住建委"),
    ("abc", "ABC公司"),
    ("2h", "ABC公司（南宁）2号"),  # punctuation has no position
    ("住建", "市住建委"),  # Chinese text matches as a substring
    ("QHM", "覃海明"),
]


@pytest.mark.parametrize(("query", "name"), FOUND)
def test_found_by_initials(query, name):
    assert matches(query, name)


NOT_FOUND = [
    ("jyj", "市住建委"),
    ("qhn", "覃海明"),
    ("hpd", "单海平"),  # order counts
    ("szjwx", "市住建委"),  # longer than the name
    ("教育", "市住建委"),
]


@pytest.mark.parametrize(("query", "name"), NOT_FOUND)
def test_not_found(query, name):
    assert not matches(query, name)


@pytest.mark.parametrize("surname", sorted(SURNAME_READINGS))
def test_every_surname_reading_is_an_initial_of_the_name(surname):
    name = surname + "明"
    choices = initial_choices(name)
    for i, reading in enumerate(SURNAME_READINGS[surname]):
        assert reading[0] in choices[i], (surname, reading)


def test_one_position_per_letter_digit_or_character():
    assert [sorted(c) for c in initial_choices("覃海明")] == [["q", "t", "y"], ["h"], ["m"]]
    assert len(initial_choices("A市（2）")) == 3


def test_single_reading_key_unchanged():
    assert initials("市住建委") == "szjw"
    assert initials("ABC公司") == "abcgs"


def test_importing_the_module_does_not_load_pypinyin():
    """The first screen imports models.reference.directory (and so this module); pypinyin waits."""
    code = ("import sys, models.reference.pinyin, models.reference.directory; "
            "assert 'pypinyin' not in sys.modules; models.reference.pinyin.matches('szj', '市住建委'); "
            "assert 'pypinyin' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
