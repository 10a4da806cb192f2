"""Reading the office's spreadsheets: .xlsx or .csv (UTF-8 or GBK), columns by header name.

Every importer uses :func:`read_table`: it finds the header row, matches columns by
name (with aliases; unknown columns ignored, missing required ones refused by name, a
column named twice refused), converts each cell to its kind and reports every bad cell
with its row and column. Hostile files — not a zip, zip bombs, huge sheets, sheets
whose rows or columns run far past their content, huge cells, dates no calendar has,
control characters — are refused or cleaned with a Chinese message, never a traceback.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.core.dates import FIRST_DAY, LAST_DAY, out_of_range
from models.core.errors import UserError
from models.tabular.xlsx_stream import OutOfRangeDate, column_letters

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_ZIP_RATIO = 100
BOMB_MIN_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_CELL_CHARS = 200_000
HEADER_SCAN_ROWS = 10

_BIDI_AND_ZERO_WIDTH = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
     0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x061C]
)


class ImportFileError(UserError):
    """The file as a whole cannot be read (wrong type, damaged, missing columns)."""


@dataclass(frozen=True)
class Column:
    """An expected column: its header, the key it is read into, its kind, and what it
    means to the clerk (``help``: shown in the import template's 说明 sheet)."""

    header: str
    key: str
    kind: str = "text"  # text | date | datetime | int
    required: bool = False
    aliases: tuple[str, ...] = ()
    help: str = ""

    def names(self) -> tuple[str, ...]:
        """Every header text that means this column."""
        return (self.header, *self.aliases)

    def form(self) -> str:
        """How a cell of this kind is written, as :func:`read_table` reads it."""
        return KIND_FORMS[self.kind]


KIND_FORMS = {
    "text": "文字",
    "date": "日期，写作 2014-03-05、2014/3/5 或 2014年3月5日，或 Excel 的日期格式",
    "datetime": "日期和时间，写作 2014-03-05 09:30（只写日期按当天 0 点）",
    "int": "整数",
}


@dataclass(frozen=True)
class ImportTemplate:
    """A blank file for one importer: the importer's own columns, one example row that
    it accepts, and how the file is imported (for the template's 说明 sheet).

    ``example`` gives the row for a year (its dates fall in that year), by column key.
    ``sheets``: further sheets the importer reads by their ``title`` (the plan's 阶段),
    each drawn after the first with its own headers, example and notes.
    """

    name: str
    title: str
    columns: tuple[Column, ...]
    example: Callable[[int], dict[str, Any]]
    how: str
    notes: tuple[str, ...] = ()
    sheets: tuple[ImportTemplate, ...] = ()

    def headers(self) -> list[str]:
        """The header row: exactly the importer's column headers."""
        return [c.header for c in self.columns]

    def example_row(self, year: int) -> list[Any]:
        """The example's cells in column order (blank where the example leaves one empty)."""
        values = self.example(year)
        unknown = set(values) - {c.key for c in self.columns}
        if unknown:
            raise ValueError(f"{self.name}: example has no column for {sorted(unknown)}")
        return [values.get(c.key) for c in self.columns]


@dataclass(frozen=True)
class RowError:
    """Why a row (numbered as the clerk sees it in Excel) could not be taken."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"第{self.row}行" if self.row else "文件"
        col = f"“{self.column}”列" if self.column else ""
        return f"{where}{col}：{self.reason}"


@dataclass
class Row:
    """A good row: its number in the file and its converted values by column key."""

    number: int
    values: dict[str, Any]


@dataclass
class Table:
    """What :func:`read_table` found."""

    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)
    skipped_empty: int = 0


# Text made only of these (no control, format or direction character among them)
# needs no per-character cleaning; that cleaning dominated a 20,000-row import.
_PLAIN_TEXT = re.compile(
    "[\t\n\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u2010-\u2027\u2030-\u205e"
    "\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]*")


def clean_text(value: Any) -> str:
    """Cell text without control characters, direction marks or surrounding blanks."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if not _PLAIN_TEXT.fullmatch(text):
        text = text.translate(_BIDI_AND_ZERO_WIDTH)
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return text.replace("\u3000", " ").strip()


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


def parse_date(value: Any) -> dt.date:
    """A date from an Excel date or text like 2014-03-05, 2014/3/5, 2014年3月5日.

    Raises ``ValueError`` with a Chinese reason ("2014-02-30" is not a date, nor is a day
    before 1900 or after 2199).
    """
    if isinstance(value, OutOfRangeDate):
        raise ValueError(f"Excel 日期序号 {value:.15g} 不对应任何日期（应在 {FIRST_DAY.year} 至 {LAST_DAY.year} 年之间）")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if out_of_range(value):
            raise ValueError(out_of_range(value))
        return value
    text = clean_text(value)
    if not text:
        raise ValueError("日期为空")
    text = text.split(" ")[0].split("T")[0] if re.match(r"^\d{4}-\d{1,2}-\d{1,2}[ T]", text) else text
    for pat in _DATE_PATTERNS:
        m = pat.match(text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            try:
                day = dt.date(y, mo, d)
            except ValueError:
                if 1 <= mo <= 12 and 1 <= d <= 31 and not FIRST_DAY.year <= y <= LAST_DAY.year:
                    raise ValueError(out_of_range(y)) from None
                raise ValueError(f"“{text}”不是有效日期（该月没有这一天）") from None
            if out_of_range(day):
                raise ValueError(out_of_range(day))
            return day
    raise ValueError(f"“{text[:30]}”不是日期，应写作 2014-03-05、2014/3/5 或 2014年3月5日")


def parse_datetime(value: Any) -> dt.datetime:
    """A date-time from an Excel value or text ("2014-03-05 09:30"); midnight if no time."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = clean_text(value)
    m = re.match(r"^(.+?)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$", text)
    if m:
        day = parse_date(m.group(1))
        h, mi, s = int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)
        try:
            return dt.datetime(day.year, day.month, day.day, h, mi, s)
        except ValueError:
            raise ValueError(f"“{text}”的时间无效") from None
    return dt.datetime.combine(parse_date(text), dt.time())


def _convert(col: Column, raw: Any) -> Any:
    if col.kind == "date":
        return None if _blank(raw) else parse_date(raw)
    if col.kind == "datetime":
        return None if _blank(raw) else parse_datetime(raw)
    if col.kind == "int":
        if _blank(raw):
            return None
        if isinstance(raw, bool):
            raise ValueError("应为整数")
        if isinstance(raw, (int, float)) and float(raw).is_integer():
            return int(raw)
        text = clean_text(raw)
        if re.fullmatch(r"[-+]?\d+", text):
            return int(text)
        raise ValueError(f"“{text[:30]}”不是整数")
    text = clean_text(raw)
    if len(text) > MAX_CELL_CHARS:
        raise ValueError(f"内容过长（{len(text)}字，最多{MAX_CELL_CHARS}字）")
    return text


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not clean_text(raw))


def _rows_xlsx(path: Path, sheet: str | None = None) -> Iterator[tuple[Any, ...]]:
    if not zipfile.is_zipfile(path):
        raise ImportFileError(f"“{path.name}”不是有效的 .xlsx 文件（文件已损坏或实为其他格式）。"
                              "请在 Excel 中打开后“另存为 Excel 工作簿(.xlsx)”再导入。")
    with zipfile.ZipFile(path) as zf:
        total = sum(i.file_size for i in zf.infolist())
        packed = sum(i.compress_size for i in zf.infolist()) or 1
        if total > MAX_UNZIPPED_BYTES:
            raise ImportFileError(f"“{path.name}”解压后超过 1 GB，疑似异常文件，已拒绝导入。")
        if total > BOMB_MIN_BYTES and total / packed > MAX_ZIP_RATIO:
            # Real workbooks compress 5–20 times; hundreds of times is a zip bomb.
            raise ImportFileError(f"“{path.name}”压缩比异常（解压后 {total // 1048576} MB，"
                                  f"为原文件的 {total // packed} 倍），疑似恶意文件，已拒绝导入。")
    from xml.etree.ElementTree import ParseError

    from models.tabular.xlsx_stream import XlsxFormatError, XlsxLimitError, iter_rows

    try:
        yield from iter_rows(str(path), sheet_name=sheet)
    except XlsxLimitError as exc:
        raise ImportFileError(f"“{path.name}”中的空行、空列远多于实际内容（{exc}），疑似异常文件，已拒绝导入。"
                              "请在 Excel 中删除多余的空行和空列，另存为 .xlsx 后再导入。") from exc
    except (XlsxFormatError, ParseError, KeyError, ValueError, IndexError, zipfile.BadZipFile) as exc:
        raise ImportFileError(f"无法读取“{path.name}”：文件已损坏或不是 Excel 工作簿（{exc}）。"
                              "请在 Excel 中打开后“另存为 Excel 工作簿(.xlsx)”再导入。") from exc


def _decode(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: UTF-16 with a byte-order mark, tab-separated.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError(f"“{name}”标记为 UTF-16 编码，但内容已损坏。请另存为 UTF-8 的 CSV 再导入。") from None
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(f"无法识别“{name}”的文字编码（既不是 UTF-8 也不是 GBK）。请另存为 UTF-8 的 CSV 再导入。")


def _rows_csv(path: Path) -> Iterator[tuple[Any, ...]]:
    text = _decode(path.read_bytes(), path.name)
    if "\x00" in text[:4096]:
        raise ImportFileError(f"“{path.name}”看起来不是文本文件（可能是 UTF-16 或二进制）。请另存为 UTF-8 的 CSV。")
    sample = text[:8192]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    # The whole text is already in memory (bounded by MAX_FILE_BYTES); letting a huge
    # field through means it is refused by row and column instead of failing the file.
    csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for rec in reader:
            yield tuple(rec)
    except csv.Error as exc:
        raise ImportFileError(f"“{path.name}”第{reader.line_num}行附近的 CSV 格式有误：{exc}") from exc


def iter_raw_rows(path: Path, sheet: str | None = None) -> Iterator[tuple[Any, ...]]:
    """Raw cell tuples of the first sheet (xlsx; or of the sheet called ``sheet``) or of the file (csv/txt)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"找不到文件“{path}”。")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"“{path.name}”过大（{size // 1048576} MB），超过 200 MB 的上限。")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _rows_xlsx(path, sheet)
    if suffix in (".csv", ".txt", ".tsv"):
        return _rows_csv(path)
    if suffix == ".xls":
        raise ImportFileError(f"“{path.name}”是旧版 Excel（.xls）。请在 Excel 中另存为 .xlsx 后导入。")
    raise ImportFileError(f"不支持“{path.suffix or path.name}”格式，请使用 .xlsx 或 .csv 文件。")


def _norm_header(value: Any) -> str:
    return re.sub(r"[\s*＊:：]", "", clean_text(value))


def has_sheet(path: Path, name: str) -> bool:
    """Whether ``path`` is a workbook with a sheet called ``name`` (a .csv has none)."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not zipfile.is_zipfile(path):
        return False
    from models.tabular.xlsx_stream import XlsxFormatError, sheet_names

    try:
        return name in (n.strip() for n in sheet_names(str(path)))
    except (XlsxFormatError, zipfile.BadZipFile, ValueError):
        return False


def read_table(path: Path, columns: Sequence[Column], *, max_rows: int = MAX_ROWS,
               sheet: str | None = None) -> Table:
    """Read ``path`` (its first sheet, or the sheet called ``sheet``) into typed rows by
    header name; see the module docstring."""
    table = Table()
    wanted = {_norm_header(n): c for c in columns for n in c.names()}
    raw = iter_raw_rows(Path(path), sheet)
    header_cells: tuple[Any, ...] | None = None
    header_row_no = 0
    best = 0
    pending: list[tuple[int, tuple[Any, ...]]] = []
    for number, cells in enumerate(raw, start=1):
        hits = sum(1 for c in cells if _norm_header(c) in wanted)
        pending.append((number, cells))
        if hits > best:
            best, header_cells, header_row_no = hits, cells, number
        if number >= HEADER_SCAN_ROWS or (best and best == len({c.key for c in columns})):
            break
    if header_cells is None:
        need = "、".join(c.header for c in columns if c.required)
        hint = ("若表头确实存在，文件可能不是 UTF-8 或 GBK 编码（例如 Big5），请在 Excel 中另存为“CSV UTF-8”后再导入。"
                if Path(path).suffix.lower() in (".csv", ".txt", ".tsv") else "")
        raise ImportFileError(f"在文件前{HEADER_SCAN_ROWS}行中找不到表头。应有的列：{need}。{hint}")
    positions: dict[str, int] = {}
    for idx, cell in enumerate(header_cells):
        name = _norm_header(cell)
        table.headers.append(clean_text(cell))
        col = wanted.get(name)
        if col is not None and col.key in positions:
            # Taking either column would silently drop the other one's values.
            first = positions[col.key]
            raise ImportFileError(
                f"表头第{header_row_no}行中，第 {column_letters(first)} 列“{clean_text(header_cells[first])}”和"
                f"第 {column_letters(idx)} 列“{clean_text(cell)}”都是“{col.header}”，无法确定该用哪一列。"
                "请删除或改名其中一列后再导入。")
        if col is not None:
            positions[col.key] = idx
        elif name:
            table.ignored_headers.append(clean_text(cell))
    missing = [c.header for c in columns if c.required and c.key not in positions]
    if missing:
        raise ImportFileError(f"文件缺少必需的列：{'、'.join(missing)}。请检查表头名称（第{header_row_no}行）。")

    def body() -> Iterator[tuple[int, tuple[Any, ...]]]:
        for number, cells in pending:
            if number > header_row_no:
                yield number, cells
        yield from enumerate(raw, start=len(pending) + 1)

    by_key = {c.key: c for c in columns}
    count = 0
    for number, cells in body():
        if not cells or all(_blank(c) for c in cells):
            table.skipped_empty += 1
            continue
        count += 1
        if count > max_rows:
            raise ImportFileError(f"文件超过 {max_rows} 行数据的上限，请分批导入。")
        values: dict[str, Any] = {}
        bad = False
        for key, idx in positions.items():
            col = by_key[key]
            cell = cells[idx] if idx < len(cells) else None
            try:
                value = _convert(col, cell)
            except ValueError as exc:
                table.errors.append(RowError(number, col.header, str(exc)))
                bad = True
                continue
            if col.required and (value is None or value == ""):
                table.errors.append(RowError(number, col.header, "必填项为空"))
                bad = True
                continue
            values[key] = value
        if not bad:
            table.rows.append(Row(number, values))
    return table


def split_names(text: str) -> list[str]:
    """Several names in one cell, separated by 、，, ; or new lines."""
    return [p.strip() for p in re.split(r"[、，,;；\n]+", text or "") if p.strip()]
