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


# Long titles of the office's kind, each with the words a line break must not cut.
REAL_TITLES: list[tuple[str, tuple[str, ...]]] = [
    ("关于2014年1月1日至10月28日市委重点工作和领导批示件督查落实情况的通报",
     ("重点工作", "领导批示件", "督查", "落实", "10月28日", "2014年1月1日")),
    ("关于市委常委会会议决定事项落实情况的报告", ("常委会", "会议", "决定事项", "落实")),
    ("关于进一步扩大对外开放合作加快构建开放型经济新体制的督查情况报告",
     ("进一步", "对外开放", "合作", "构建", "开放型", "经济", "体制", "督查")),
    ("关于推动中国—东盟博览会与北部湾经济区开放开发有机衔接的督查报告",
     ("博览会", "北部湾", "开放", "开发", "有机", "衔接", "督查")),
    ("关于对市国土资源局、西乡塘区、市城管执法局办理领导批示件不力的通报",
     ("市国土资源局", "西乡塘区", "市城管执法局", "领导批示件", "不力")),
    ("关于加快推进7座跨江桥梁建设和五象新区核心区征地拆迁工作的督查通报",
     ("加快", "推进", "跨江桥梁", "五象新区", "核心区", "征地拆迁")),
    ("关于贯彻落实中央八项规定精神和市委实施办法情况的专项督查报告",
     ("贯彻", "落实", "八项规定", "精神", "实施办法", "专项", "督查")),
    ("关于党的群众路线教育实践活动整改落实情况专项督查的通报",
     ("群众路线", "教育", "实践", "活动", "整改", "落实", "专项")),
    ("关于进一步加强和改进领导批示件办理工作切实提高督查工作实效的通知",
     ("加强", "改进", "领导批示件", "办理", "提高", "督查", "实效")),
    ("关于城中村改造群众诉求和保障性住房建设领导批示件办理情况的通报",
     ("城中村", "改造", "群众", "诉求", "保障性住房", "领导批示件")),
    ("关于2014年第三季度全市重大项目建设和招商引资工作推进情况的督查通报",
     ("第三季度", "重大项目", "招商引资", "推进", "督查")),
    # 督查专报 (activities' and research topics' titles) and 办理情况报告 (issue 16 part 4).
    ("关于市委书记联系服务重大项目重点企业督查（第一批）情况的报告",
     ("市委书记", "联系", "服务", "重大项目", "重点企业", "督查", "第一批")),
    ("关于吴圩国际机场新航站区配套道路建设跟踪督查情况的报告",
     ("吴圩", "国际机场", "航站区", "配套", "道路", "跟踪督查")),
    ("关于全市加强乡镇干部队伍建设工作情况的督查调研报告",
     ("加强", "乡镇干部", "队伍", "建设", "督查调研")),
    ("关于五象新区重大项目征地进度和邕江沿岸违章搭建问题批示件办理情况的报告",
     ("五象新区", "重大项目", "征地", "邕江", "违章搭建", "批示件", "办理情况")),
]
KEEP_NAMES = ("市国土资源局", "西乡塘区", "市城管执法局")


def test_real_titles_break_only_between_words() -> None:
    for title, words in REAL_TITLES:
        lines = balance_title(title, 18, keep=KEEP_NAMES)
        assert "".join(lines) == title
        assert len(lines) >= 2, title
        cuts = []
        pos = 0
        for line in lines[:-1]:
            pos += len(line)
            cuts.append(pos)
        for word in words:
            start = title.index(word)
            assert not any(start < c < start + len(word) for c in cuts), (word, lines)
        widths = [unit_width_half(x) for x in lines]
        assert all(w <= 18 for w in widths), lines
        # Trapezoid or diamond: no line much longer than the one below it, the last not a stub.
        for upper, lower in zip(widths, widths[1:], strict=False):
            assert upper - lower <= 6, lines
        assert widths[-1] >= 5, lines


def test_the_office_s_complaints_are_gone() -> None:
    assert balance_title("关于市委常委会会议决定事项落实情况的报告", 18) == [
        "关于市委常委会会议", "决定事项落实情况的报告"]
    for title, bad in (("关于进一步扩大对外开放合作加快构建开放型经济新体制的督查情况报告", "开放合"),
                       ("关于推动中国—东盟博览会与北部湾经济区开放开发有机衔接的督查报告", "有机衔")):
        assert not any(line.endswith(bad) for line in balance_title(title, 18))


def test_dates_and_document_numbers_are_single_units() -> None:
    assert "2014年10月28日" in segment("截至2014年10月28日，")
    assert "10月28日" in segment("于10月28日前")
    assert "督〔2014〕90号" in segment("批示件（督〔2014〕90号）交办")
    assert "市城管执法局" in segment("报市城管执法局", keep=("市城管执法局",))
    lines = wrap_text("一二三四五六七八九十一二三四五督〔2014〕90号交办", 18)
    assert any("督〔2014〕90号" in x for x in lines)


def test_a_number_in_brackets_keeps_its_whole_prefix():
    from reports.linebreak import segment

    units = segment("《群众反映》（自治〔2014〕273号）上作出批示，登记为督〔2014〕17号办理")
    assert "自治〔2014〕273号" in units and "督〔2014〕17号" in units
    assert "为督〔2014〕17号" not in units  # outside brackets the prefix is one character
