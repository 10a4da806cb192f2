"""Chinese line breaking with 避头尾, as pure functions of text and widths.

Text is cut into *units* that are never split: one CJK character, one Latin
word or number ("2014", "5.1", "10%", "GB/T"), a date ("2014年10月28日",
"10月28日"), a document number with the character before it ("督〔2014〕90号"),
a name the caller asks to keep whole, a doubled dash "——" or ellipsis "……", or
a space.  A line may break between two units unless the
next unit is closing punctuation (no line starts with "，。、；：？！）》」』”’…—")
or the previous one is opening punctuation (no line ends with "（《「『“‘").

When the next unit does not fit and the break there is forbidden, the engine
pulls the previous unit(s) down to the next line (推入 is never used), so the
grid stays exact and no glyph sits in the margin; the shortened line is then
justified by its caller.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence

NO_LINE_START: frozenset[str] = frozenset("，。、；：？！）》」』”’…—〕】〗〉｝］％‰℃·～,.;:?!)]}%")
NO_LINE_END: frozenset[str] = frozenset("（《「『“‘〔【〖〈｛［([{")

# Characters joining Latin/digit runs into one unit when letters or digits sit
# on both sides ("5.1", "1,000", "12:30", "2014-10", "GB/T").
_JOINERS = frozenset(".,:/-_@&'+")
_TRAILERS = frozenset("%‰℃")
_DOUBLED = frozenset("—…")
_SPACES = frozenset(" \t\u3000")

# Tolerance for comparing accumulated float widths with the line width.
EPSILON = 1e-6


def is_wide(ch: str) -> bool:
    """True for full-width (CJK) characters, which sit on the character grid."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def is_word_char(ch: str) -> bool:
    """True for letters and digits that form unbreakable Latin words."""
    return ch.isalnum() and not is_wide(ch)


def is_space(unit: str) -> bool:
    """True for a unit that is only white space."""
    return bool(unit) and all(c in _SPACES for c in unit)


# Dates and document numbers (发文字号) never break across lines. A number in brackets keeps
# its whole prefix ("（自治〔2014〕273号）"); elsewhere the prefix cannot be told from the words
# before it ("登记为督〔2014〕17号"), so one character stays with it.
_WHOLE = (r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|(?<=[（(])[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号(?=[）)])"
          r"|[\u4e00-\u9fff]?〔\d{4}〕\d+号")


@functools.lru_cache(maxsize=64)
def _whole_pattern(keep: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted({k for k in keep if len(k) > 1}, key=len, reverse=True)
    return re.compile("|".join([*(re.escape(k) for k in names), _WHOLE]))


def segment(text: str, keep: Iterable[str] = ()) -> list[str]:
    """Cut ``text`` into unbreakable units (see the module docstring); ``keep`` names stay whole."""
    whole = {m.start(): m.end() for m in _whole_pattern(tuple(keep)).finditer(text)}
    units: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        end = whole.get(i)
        if end is not None:
            units.append(text[i:end])
            i = end
        elif is_word_char(ch):
            j = i + 1
            while j < n:
                c = text[j]
                if is_word_char(c):
                    j += 1
                elif c in _JOINERS and j + 1 < n and is_word_char(text[j + 1]):
                    j += 2
                else:
                    break
            while j < n and text[j] in _TRAILERS:
                j += 1
            units.append(text[i:j])
            i = j
        elif ch in _DOUBLED and i + 1 < n and text[i + 1] == ch:
            units.append(ch + ch)
            i += 2
        else:
            units.append(ch)
            i += 1
    return units


def can_break(before: str, after: str) -> bool:
    """May a line end with unit ``before`` and the next start with ``after``?"""
    if not before or not after:
        return True
    if after[0] in NO_LINE_START:
        return False
    if before[-1] in NO_LINE_END:
        return False
    # Adjacent Latin units only arise across font runs; they are one word.
    return not (is_word_char(before[-1]) and is_word_char(after[0]))


def break_lines(
    units: Sequence[str],
    widths: Sequence[float],
    first_width: float,
    width: float,
    end_extra: Sequence[float] | None = None,
) -> list[tuple[int, int]]:
    """Greedy 避头尾 line breaking; returns ``(start, end)`` unit ranges per line.

    ``end_extra[i]`` is what unit ``i`` grows by when it ends a line (a mark
    compressed before its neighbour takes its full cell back at a line end).

    Spaces at the start of a continuation line are skipped (not part of any
    range); a space at the end of a line stays in its range for the caller to
    trim.  A unit wider than the line is placed alone (callers pre-split long
    words into characters so that never happens in practice).  Only when no
    legal break exists anywhere on the line is the rule broken, at the point
    where the line is full.
    """
    lines: list[tuple[int, int]] = []
    n = len(units)
    start = 0
    while start < n:
        if lines:
            while start < n and is_space(units[start]):
                start += 1
            if start >= n:
                break
        avail = first_width if not lines else width
        used = 0.0
        i = start
        while i < n and used + widths[i] + (end_extra[i] if end_extra else 0.0) <= avail + EPSILON:
            used += widths[i]
            i += 1
        if i >= n:
            lines.append((start, n))
            break
        if is_space(units[i]) and i > start:
            lines.append((start, i))
            start = i
            continue
        b = _last_break(units, start, i, can_break)
        if b == start:
            # Only an over-long word fills the line: cut inside it, but still
            # keep punctuation off the line edges where possible.
            b = _last_break(units, start, i, _punctuation_allows)
        if b == start:
            b = i if i > start else start + 1
        lines.append((start, b))
        start = b
    return lines


def _punctuation_allows(before: str, after: str) -> bool:
    return after[0] not in NO_LINE_START and before[-1] not in NO_LINE_END


def _last_break(
    units: Sequence[str], start: int, i: int, allowed: Callable[[str, str], bool]
) -> int:
    """Largest ``b`` in ``(start, i]`` where ``allowed`` permits a break; else ``start``."""
    b = i
    while b > start and not allowed(units[b - 1], units[b]):
        b -= 1
    return b


def overlong(units: Sequence[str], widths: Sequence[float], limit: float) -> list[bool]:
    """Which multi-character units cannot fit on a line of ``limit``.

    A unit counts together with the closing punctuation that must follow it
    on the same line, so "12345678，" in a narrow cell is cut inside the
    number rather than leaving the comma to start the next line.
    """
    flags: list[bool] = []
    n = len(units)
    for k, u in enumerate(units):
        w = widths[k]
        j = k + 1
        while j < n and units[j][0] in NO_LINE_START:
            w += widths[j]
            j += 1
        flags.append(len(u) > 1 and w > limit + EPSILON)
    return flags


def split_overlong(units: list[str], measure: Callable[[str], float], limit: float) -> list[str]:
    """Cut units that cannot fit (a URL, a long number) into single characters."""
    flags = overlong(units, [measure(u) for u in units], limit)
    out: list[str] = []
    for u, cut in zip(units, flags, strict=True):
        if cut:
            out.extend(u)
        else:
            out.append(u)
    return out


def unit_width_half(unit: str) -> float:
    """Width in character cells: full-width characters 1, others 0.5."""
    return sum(1.0 if is_wide(c) else 0.5 for c in unit)


def wrap_text(
    text: str,
    first_width: float,
    width: float | None = None,
    measure: Callable[[str], float] = unit_width_half,
) -> list[str]:
    """Wrap ``text`` into lines no wider than ``first_width``/``width``.

    Widths are in whatever unit ``measure`` returns (by default character
    cells).  Explicit ``\\n`` starts a new line.  Trailing spaces are trimmed.
    """
    if width is None:
        width = first_width
    out: list[str] = []
    for part_no, part in enumerate(text.split("\n")):
        units = split_overlong(segment(part), measure, width)
        widths = [measure(u) for u in units]
        avail_first = first_width if part_no == 0 else width
        ranges = break_lines(units, widths, avail_first, width)
        if not ranges:
            out.append("")
        for a, b in ranges:
            out.append("".join(units[a:b]).rstrip(" \t"))
    return out


_GOOD_AFTER = frozenset("，、：；。）》”的和与及暨并")
# Words that usually begin a phrase in an official title, so a break before
# them rarely splits a word (there is no segmenter; this is a heuristic).
_GOOD_BEFORE_WORDS: tuple[str, ...] = tuple(
    [
        "关于",
        "进一步",
        "加强",
        "做好",
        "推进",
        "开展",
        "落实",
        "贯彻",
        "建立",
        "健全",
        "印发",
        "转发",
        "批转",
        "深入",
        "切实",
        "全面",
        "市委",
        "市政府",
        "全市",
        "各县",
        "重点",
        "有关",
        "和",
        "与",
        "及",
        "暨",
        "并",
        "（",
        "《",
        "“",
    ]
)
_COUNTERS = frozenset("年月日期号个项件次名家条%")


# A break inside a word is taken only when no other break gives the lines.
SPLIT_WORD = 500.0


def _break_penalty(units: Sequence[str], p: int, boundaries: Collection[int] | None = None) -> float:
    """Cost (in squared characters) of breaking a title before unit ``p``.

    ``boundaries`` are the unit indices that start a word; a break anywhere else
    splits a word and costs :data:`SPLIT_WORD`. Without them, a heuristic guesses.
    """
    before, after = units[p - 1], units[p]
    if boundaries is not None and p not in boundaries and is_wide(before[-1]) and is_wide(after[0]):
        return SPLIT_WORD
    if "至" in (before, after) and p >= 2 and p + 1 < len(units):
        # "1月1日至10月28日" is one period.
        return 8.0
    if before[-1] in _GOOD_AFTER:
        return 0.0
    tail = "".join(units[p : p + 3])
    if any(tail.startswith(w) for w in _GOOD_BEFORE_WORDS):
        return 0.0
    if before[-1].isdigit() and after[0] in _COUNTERS:
        # "2014|年", "12|期": a number belongs with its counter.
        return 12.0
    if p >= 2 and units[p - 2][-1].isdigit() and before in _COUNTERS:
        # Just after "2014年", "10月": a date or count is complete here.
        return 1.0
    if p >= 3 and before == "份" and units[p - 3][-1].isdigit():
        return 1.0
    if not (is_wide(before[-1]) and is_wide(after[0])):
        return 1.0
    if boundaries is not None:
        # Between two words, which may still make one term ("保障性|住房"): a break
        # after a particle or at punctuation reads better, at some cost in balance.
        return 6.0
    # Between two Chinese characters the break may split a word; a somewhat
    # less balanced shape is the better price.
    return 10.0


def _is_punct_only(units: Sequence[str]) -> bool:
    return all(u[0] in NO_LINE_START or u[0] in NO_LINE_END or is_space(u) for u in units)


def balance_lines(
    units: Sequence[str],
    widths: Sequence[float],
    max_width: float,
    char_width: float,
    boundaries: Collection[int] | None = None,
) -> list[tuple[int, int]]:
    """Break a title into the fewest lines of near-equal width.

    The shape is a trapezoid or a diamond: a line more than two characters
    longer than the line below it is heavily penalised; breaks obey 避头尾,
    never split a Latin word, prefer falling after punctuation or around
    关于/的/和, and no line consists only of punctuation.  Titles of four or
    more lines are balanced without the shape term.  ``char_width`` is the width of one
    full-width character, the unit of the shape tolerances.  ``boundaries`` (unit
    indices that start a word, see :func:`unit_boundaries`) keep words whole.
    """
    n_units = len(units)
    if n_units == 0:
        return []
    greedy = break_lines(units, widths, max_width, max_width)
    n_lines = len(greedy)
    if n_lines <= 1:
        return greedy
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)

    def line_width(a: int, b: int) -> float:
        while b > a and is_space(units[b - 1]):
            b -= 1
        return (prefix[b] - prefix[a]) / char_width

    total = line_width(0, n_units)
    limit = max_width / char_width + EPSILON
    breaks = [p for p in range(1, n_units) if can_break(units[p - 1], units[p])]

    def line_ok(a: int, b: int) -> bool:
        if b <= a or line_width(a, b) > limit:
            return False
        return not (_is_punct_only(units[a:b]) and b - a < n_units)

    def best_for(n: int) -> tuple[float, list[tuple[int, int]]] | None:
        target = total / n

        def shape_cost(ws: list[float]) -> float:
            cost = sum((w - target) ** 2 for w in ws)
            for upper, lower in zip(ws, ws[1:], strict=False):
                excess = upper - lower - 2.0
                if excess > 0:
                    cost += 4.0 * excess**2
            return cost

        best: tuple[float, list[tuple[int, int]]] | None = None
        if n == 2:
            for p in breaks:
                if line_ok(0, p) and line_ok(p, n_units):
                    ws = [line_width(0, p), line_width(p, n_units)]
                    cost = shape_cost(ws) + _break_penalty(units, p, boundaries)
                    if best is None or cost < best[0]:
                        best = (cost, [(0, p), (p, n_units)])
        elif n == 3:
            for i, p in enumerate(breaks):
                if not line_ok(0, p):
                    continue
                for q in breaks[i + 1 :]:
                    if line_ok(p, q) and line_ok(q, n_units):
                        ws = [line_width(0, p), line_width(p, q), line_width(q, n_units)]
                        cost = (shape_cost(ws) + _break_penalty(units, p, boundaries)
                                + _break_penalty(units, q, boundaries))
                        if best is None or cost < best[0]:
                            best = (cost, [(0, p), (p, q), (q, n_units)])
        else:
            best = _balance_dp(units, breaks, n, line_ok, line_width, target, boundaries)
        return best

    best = best_for(n_lines)
    if boundaries is not None and (best is None or best[0] >= SPLIT_WORD):
        # One line more rather than a word cut in two.
        more = best_for(n_lines + 1)
        if more is not None and more[0] < SPLIT_WORD:
            best = more
    if best is None:
        return greedy
    return best[1]


def _balance_dp(
    units: Sequence[str],
    breaks: list[int],
    n_lines: int,
    line_ok: Callable[[int, int], bool],
    line_width: Callable[[int, int], float],
    target: float,
    boundaries: Collection[int] | None = None,
) -> tuple[float, list[tuple[int, int]]] | None:
    """Long titles (4+ lines): minimise deviation and break costs, O(breaks² · lines)."""
    n_units = len(units)
    ends = [*breaks, n_units]
    # cost[k][e]: best cost of laying units[0:e] in k lines.
    inf = float("inf")
    cost: list[dict[int, float]] = [{0: 0.0}]
    back: list[dict[int, int]] = [{}]
    for k in range(1, n_lines + 1):
        row: dict[int, float] = {}
        prev: dict[int, int] = {}
        for e in ends:
            if k == n_lines and e != n_units:
                continue
            pen = 0.0 if e == n_units else _break_penalty(units, e, boundaries)
            best_c = inf
            best_s = -1
            for s, c in cost[k - 1].items():
                if s < e and line_ok(s, e):
                    total = c + (line_width(s, e) - target) ** 2 + pen
                    if total < best_c:
                        best_c, best_s = total, s
            if best_s >= 0:
                row[e], prev[e] = best_c, best_s
        cost.append(row)
        back.append(prev)
    if n_units not in cost[n_lines]:
        return None
    ranges: list[tuple[int, int]] = []
    e = n_units
    for k in range(n_lines, 0, -1):
        s = back[k][e]
        ranges.append((s, e))
        e = s
    ranges.reverse()
    return cost[n_lines][n_units], ranges


def unit_boundaries(units: Sequence[str], keep: Iterable[str] = ()) -> set[int]:
    """Indices of the units that start a word of the text they make up (jieba's words)."""
    from reports.words import word_boundaries

    cuts = word_boundaries("".join(units), keep)
    out: set[int] = set()
    offset = 0
    for i, u in enumerate(units):
        if i and offset in cuts:
            out.add(i)
        offset += len(u)
    return out


def balance_title(
    text: str,
    max_width: float,
    measure: Callable[[str], float] = unit_width_half,
    char_width: float = 1.0,
    keep: Iterable[str] = (),
) -> list[str]:
    """Balanced title lines broken between words; an explicit ``\\n`` in ``text`` is always a break."""
    keep = tuple(keep)
    out: list[str] = []
    for part in text.split("\n"):
        units = segment(part.strip(), keep)
        widths = [measure(u) for u in units]
        bounds = unit_boundaries(units, keep)
        for a, b in balance_lines(units, widths, max_width, char_width, bounds):
            out.append("".join(units[a:b]).strip())
    return out
