"""避头尾 line breaking and title balancing as pure functions."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reports.linebreak import (
    NO_LINE_END,
    NO_LINE_START,
    balance_title,
    break_lines,
    can_break,
    segment,
    unit_width_half,
    wrap_text,
)
from tests.reports.measure import HANZI, random_text


def _check_lines(lines: list[str], width: float) -> None:
    for i, line in enumerate(lines):
        if i:
            assert line[0] not in NO_LINE_START, (i, line)
        if i < len(lines) - 1:
            assert line[-1] not in NO_LINE_END, (i, line)
        assert unit_width_half(line) <= width + 1e-9, line


def test_segment_keeps_latin_words_numbers_and_doubled_marks() -> None:
    units = segment("截至9月底完成128.6亿元，占76.3%，GB/T 9704——好……")
    assert "128.6" in units
    assert "76.3%" in units
    assert "GB/T" in units
    assert "9704" in units
    assert "——" in units
    assert "……" in units
    assert "".join(units) == "截至9月底完成128.6亿元，占76.3%，GB/T 9704——好……"


def test_can_break_rules() -> None:
    assert not can_break("好", "，")
    assert not can_break("好", "”")
    assert not can_break("好", "——")
    assert not can_break("“", "好")
    assert not can_break("《", "好")
    assert not can_break("GB", "2312")  # adjacent Latin units are one word
    assert can_break("好", "“")
    assert can_break("，", "好")
    assert can_break("2014", "年")


def test_closing_punctuation_pulls_previous_character_down() -> None:
    # 10 cells per line; the 11th character is a full stop.
    text = "一二三四五六七八九十。十一"
    lines = wrap_text(text, 10)
    assert lines == ["一二三四五六七八九", "十。十一"]


def test_opening_punctuation_never_ends_a_line() -> None:
    text = "一二三四五六七八九“十一”"
    lines = wrap_text(text, 10)
    assert lines[0] == "一二三四五六七八九"
    assert lines[1].startswith("“十")


def test_numbers_and_words_are_not_split() -> None:
    text = "一二三四五六七八12345678"
    lines = wrap_text(text, 10)
    assert lines == ["一二三四五六七八", "12345678"]
    for line in wrap_text("甲乙丙 Supervision report 丁戊己庚辛壬癸子丑寅卯", 8):
        assert "Supervisi" not in line or "Supervision" in line


def test_full_line_of_cjk_holds_exactly_the_width() -> None:
    text = "督" * 60
    lines = wrap_text(text, 26, 28)
    assert [len(x) for x in lines] == [26, 28, 6]


def test_word_longer_than_the_line_is_still_placed() -> None:
    units = ["x" * 40]
    assert break_lines(units, [20.0], 10.0, 10.0) == [(0, 1)]


def test_overlong_number_is_cut_but_punctuation_stays_attached() -> None:
    lines = wrap_text("000000000000，后文", 6)
    assert lines == ["00000000000", "0，后文"]
    url = "见https://example.gov.cn/" + "a" * 30 + "。"
    lines = wrap_text(url, 8)
    assert "".join(lines) == url
    _check_lines(lines, 8)
    assert lines[0] == "见https://"


def test_explicit_newline_breaks() -> None:
    assert wrap_text("第一行\n第二行", 28) == ["第一行", "第二行"]


def test_long_random_text_keeps_the_rule() -> None:
    text = random_text(3000, seed=99)
    lines = wrap_text(text, 26, 28)
    _check_lines(lines, 28)
    assert "".join(lines) == text
    assert len(lines) > 100


_clause = st.builds(
    lambda body, close, quoted: (f"“{quoted}”" if quoted else "") + body + close,
    st.text(alphabet=HANZI + "0123456789", min_size=1, max_size=30),
    st.sampled_from(
        ["，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "……", "——", "。”", ""]
    ),
    st.text(alphabet=HANZI, max_size=5),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_clause, min_size=1, max_size=40), st.integers(min_value=6, max_value=28))
def test_hypothesis_no_forbidden_line_starts_or_ends(clauses: list[str], width: int) -> None:
    text = "".join(clauses)
    lines = wrap_text(text, width)
    _check_lines(lines, width)
    assert "".join(lines) == text


def test_balanced_title_lines() -> None:
    title = "中共南宁市委督查室关于2014年第三季度市委重点工作推进落实情况的通报"
    lines = balance_title(title, 18)
    assert len(lines) == 2
    assert "".join(lines) == title
    widths = [unit_width_half(x) for x in lines]
    assert max(widths) - min(widths) <= 3
    assert all(w <= 18 for w in widths)
    # The number stays with its counter and "2014" is not split.
    assert not lines[0].endswith("2014") and "201" not in lines[1][:3]


def test_title_balancing_prefers_phrase_boundaries() -> None:
    lines = balance_title("关于2014年10月份网民留言办理情况的通报", 18)
    assert lines == ["关于2014年10月份", "网民留言办理情况的通报"]


def test_short_title_stays_on_one_line_and_newline_is_respected() -> None:
    assert balance_title("关于进一步加强督查工作的通知", 18) == ["关于进一步加强督查工作的通知"]
    assert balance_title("关于进一步加强\n督查工作的通知", 18) == [
        "关于进一步加强",
        "督查工作的通知",
    ]


def test_balanced_titles_never_leave_lone_punctuation() -> None:
    rng = random.Random(5)
    for _ in range(200):
        n = rng.randint(10, 70)
        title = (
            "".join(
                rng.choice("，、") if rng.random() < 0.08 else rng.choice(HANZI) for _ in range(n)
            )
            + "的通知"
        )
        lines = balance_title(title, 18)
        assert "".join(lines) == title
        for i, line in enumerate(lines):
            assert any(ch not in NO_LINE_START for ch in line)
            if i:
                assert line[0] not in NO_LINE_START
            assert unit_width_half(line) <= 18
        if len(lines) in (2, 3):
            widths = [unit_width_half(x) for x in lines]
            assert max(widths) - min(widths) <= 6, lines
