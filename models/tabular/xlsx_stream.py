"""A fast, streaming reader for the first worksheet of an .xlsx workbook.

openpyxl's read-only mode spends most of its time building cell objects: 20,000 rows
of citizen messages took ~9 s. This reader converts only what an importer needs:
shared and inline strings, numbers, booleans, errors as text, and numbers in a date
format as ``datetime``. Row numbers are kept (gaps give empty rows), so an error
report names the row the clerk sees in Excel.

Two paths give the same values. The plain path reads the XML that spreadsheet
programs write (one cell per ``<c r=… s=… t=…>``, a value in ``<v>`` or ``<is><t>``,
no comments, no indentation) with a regular expression over the raw bytes and has
expat decode all cell texts of a chunk in one call. Python then does one step per cell
instead of one per XML event: with ``xml.etree`` or expat handlers the per-element
calls cost more than expat itself (openpyxl writes every Chinese character as a
``&#NNNNN;`` reference: 39 MB of XML for the benchmark's 20,000 messages). Anything the patterns do not
cover — a comment, an unknown element, an attribute in another order, a prefixed
name, another encoding — makes the plain path give up and the element-tree path read
the part from the start, skipping the rows already given. The XML outside the cell
data still goes through expat, so a damaged file is still refused.

Work is bounded by what is really in the sheet. Empty cells are not given (a row ends
at its last value). Empty rows — written in the file or filled in before a row
numbered 200,000,000 — and the empty cells filled in left of a value in column XFD
come out of an allowance of :data:`FILL_RESERVE` cells that each byte of sheet XML
read adds one to (an empty row costs :data:`EMPTY_ROW_CELLS`), and no row may be
numbered past Excel's last, :data:`MAX_ROW`. A sheet that asks for more is refused
(:class:`XlsxLimitError`): a 5 KB file cannot make the reader build 200 million rows,
nor 78 KB of zipped XML a million empty ones.
"""
from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import ParseError, fromstring, iterparse
from xml.parsers.expat import ExpatError, ParserCreate

MAIN_URI = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MAIN = "{" + MAIN_URI + "}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_COLUMNS = 16384
MAX_ROW = 1_048_576  # Excel's last row
#: Cells the reader may fill in before the sheet's bytes pay for more (32 MB of them at most).
FILL_RESERVE = 4_000_000
#: What an empty row costs, in cells: more than the bytes of ``<row r="12345"/>``, so
#: that a sheet of nothing but empty rows runs out long before Excel's last row.
EMPTY_ROW_CELLS = 64

# Built-in number formats that show dates, including the Chinese locale's (27–36, 50–58).
BUILTIN_DATE_FORMATS = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))


class XlsxFormatError(Exception):
    """The package is a zip but not a workbook this reader understands."""


class XlsxLimitError(XlsxFormatError):
    """The sheet asks for far more empty rows or cells than its bytes hold (a Chinese
    phrase saying where, for the importer's message)."""


class OutOfRangeDate(float):
    """A number in a date format that no calendar day matches (Excel serial 99999999):
    kept as the number, for the importer to refuse by row and column."""


class _NotPlain(Exception):
    """The plain path met XML it does not read; the element-tree path takes over."""


class _Filling:
    """The allowance of empty rows and cells to fill in: :data:`FILL_RESERVE` at most
    in hand, one more for each byte of sheet XML read."""

    def __init__(self) -> None:
        self.left = FILL_RESERVE
        self.empty_rows = 0

    def read(self, n_bytes: int) -> None:
        self.left = min(FILL_RESERVE, self.left + n_bytes)

    def rows(self, count: int, last: int) -> None:
        """``count`` empty rows, the last of them numbered ``last``."""
        if last > MAX_ROW:
            raise XlsxLimitError(f"有一行编号为第 {last} 行，超过了 Excel 的最后一行（第 {MAX_ROW} 行）")
        self.empty_rows += count
        self.left -= count * EMPTY_ROW_CELLS
        if self.left < 0:
            raise XlsxLimitError(f"到第{last}行为止空着 {self.empty_rows} 行")

    def cells(self, count: int, row: int | None, col: int) -> None:
        self.left -= count
        if self.left < 0:
            where = f"第{row}行" if row is not None else "有一行"
            raise XlsxLimitError(f"{where}的数据远在第 {column_letters(col)} 列，左边空着 {count} 列")


def column_letters(index: int) -> str:
    """Excel's column letters for a 0-based column index (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _text_of(elem: Any) -> str:
    # Rich text keeps its runs in <r><t>; phonetic guides (<rPh>) are not content.
    parts = []
    for child in elem:
        if child.tag == f"{MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{MAIN}t"))
    return "".join(parts)


def _shared_strings_tree(fh: IO[bytes]) -> list[str]:
    out: list[str] = []
    for _event, elem in iterparse(fh, events=("end",)):
        if elem.tag == f"{MAIN}si":
            out.append(_text_of(elem))
            elem.clear()
    return out


def _shared_strings(zf: zipfile.ZipFile, plain: bool) -> list[str]:
    try:
        fh = zf.open("xl/sharedStrings.xml")
    except KeyError:
        return []
    with fh:
        if not plain:
            return _shared_strings_tree(fh)
        try:
            return _shared_strings_plain(fh)
        except _NotPlain:
            pass
    with zf.open("xl/sharedStrings.xml") as fh:
        return _shared_strings_tree(fh)


def _is_date_code(code: str) -> bool:
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code).lower()
    return bool(re.search(r"[yd]|e{1,2}(?![a-z])", code)) or ("m" in code and "h" not in code and "s" not in code)


def _date_styles(zf: zipfile.ZipFile) -> set[int]:
    try:
        fh = zf.open("xl/styles.xml")
    except KeyError:
        return set()
    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    in_cell_xfs = False
    with fh:
        for event, elem in iterparse(fh, events=("start", "end")):
            if elem.tag == f"{MAIN}cellXfs":
                in_cell_xfs = event == "start"
            elif event == "end" and elem.tag == f"{MAIN}numFmt":
                custom[int(elem.get("numFmtId", "0"))] = elem.get("formatCode", "")
            elif event == "end" and elem.tag == f"{MAIN}xf" and in_cell_xfs:
                xf_formats.append(int(elem.get("numFmtId", "0")))
    dates = set()
    for index, fmt in enumerate(xf_formats):
        if fmt in BUILTIN_DATE_FORMATS or (fmt in custom and _is_date_code(custom[fmt])):
            dates.add(index)
    return dates


def _sheets(zf: zipfile.ZipFile) -> tuple[list[tuple[str, str]], bool]:
    """The workbook's sheets in order as (name, relationship id), and its date system."""
    with zf.open("xl/workbook.xml") as fh:
        sheets = []
        date1904 = False
        for _event, elem in iterparse(fh, events=("end",)):
            if elem.tag == f"{MAIN}workbookPr":
                date1904 = elem.get("date1904", "0") in ("1", "true")
            elif elem.tag == f"{MAIN}sheet":
                sheets.append((elem.get("name", ""), elem.get(f"{REL}id")))
    return sheets, date1904


def sheet_names(path: str) -> list[str]:
    """The names of the workbook's sheets, in order."""
    with zipfile.ZipFile(path) as zf:
        try:
            return [name for name, _rid in _sheets(zf)[0]]
        except KeyError as exc:
            raise XlsxFormatError(f"缺少部件 {exc}") from exc


def _first_sheet(zf: zipfile.ZipFile, name: str | None = None) -> tuple[str, bool]:
    """The part of the first sheet (or of the sheet called ``name``), and the date system."""
    sheets, date1904 = _sheets(zf)
    if name is None:
        sheet_rid = sheets[0][1] if sheets else None
    else:
        sheet_rid = next((rid for n, rid in sheets if n.strip() == name), None)
    if sheet_rid is None:
        raise XlsxFormatError(f"工作簿中没有“{name}”工作表" if name else "工作簿中没有工作表")
    with zf.open("xl/_rels/workbook.xml.rels") as fh:
        for _event, elem in iterparse(fh, events=("end",)):
            if elem.tag == f"{PKG_REL}Relationship" and elem.get("Id") == sheet_rid:
                target = elem.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join("xl", target))
                return path, date1904
    raise XlsxFormatError("找不到第一个工作表")


_COLUMN_CACHE: dict[str, int] = {}


def _column_index(ref: str) -> int:
    letters = ref.rstrip("0123456789")
    index = _COLUMN_CACHE.get(letters)
    if index is None:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        index = _COLUMN_CACHE[letters] = n - 1
    return index


def _serial_to_datetime(value: float, date1904: bool) -> dt.datetime | OutOfRangeDate:
    base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    try:
        moment = base + dt.timedelta(days=value)
        return moment.replace(microsecond=0) if moment.microsecond < 500000 else (
            moment + dt.timedelta(seconds=1)).replace(microsecond=0)
    except (OverflowError, ValueError):  # past year 9999 or before year 1, or not a number at all
        return OutOfRangeDate(value)


# ---- the plain path ---------------------------------------------------------------

_CHUNK = 1 << 20
_ATTRS = rb'(?: [A-Za-z0-9:]+="[^"<&]*")*'
_T_OPEN = rb'<t(?: xml:space="preserve")?>'
# Formula text is skipped, but its references must still be ones XML allows.
_FORMULA_TEXT = rb'(?:[^<&]++|&(?:amp|lt|gt|quot|apos);)*+'
# Groups: column letters, style, type, <v> text, simple <is><t> text, any other <is>.
# The last one may not run past its own </c>, so a damaged cell cannot swallow others.
_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})[0-9]+"(?: s="([0-9]+)")?(?: t="([A-Za-z]+)")?(?: ?/>|>'
    rb'(?:<f' + _ATTRS + rb'(?: ?/>|>' + _FORMULA_TEXT + rb'</f>))?'
    rb'(?:<v>([^<]*+)</v>|<v ?/>)?'
    rb'(?:<is>' + _T_OPEN + rb'([^<]*+)</t></is>|(<is>(?:[^<]++|<(?!/c>))*?</is>|<is ?/>))?'
    rb'</c>)')
_CELL_GROUPS = 6
_ROW_PIECE = re.compile(rb'(?:</row>|<row' + _ATTRS + rb' ?/?>)*')
_ROW_TOKEN = re.compile(rb'(</row>)|<row(' + _ATTRS + rb') ?(/?)>')
_ROW_NUMBER = re.compile(rb' r="([0-9]*)"')
_ATTR_NAME = re.compile(rb' ([A-Za-z0-9:]+)=')
# The usual boundary between two rows, read with one match instead of the general tokens.
_ROW_NEXT = re.compile(rb'</row><row r="([0-9]+)"(' + _ATTRS + rb')>')
_ROW_TAG = re.compile(rb'<row[\s/>]')
_SI = re.compile(
    rb'<si>(?:' + _T_OPEN + rb'([^<]*+)</t>(?:<phoneticPr' + _ATTRS + rb' ?/>)?</si>|(.*?</si>))', re.S)
_SI_TAG = re.compile(rb'<si[\s/>]')


def _plain_body(fh: IO[bytes], container: str, item_end: bytes, item_tag: re.Pattern[bytes]) -> Iterator[bytes]:
    """The raw content of ``container`` in chunks that end after a whole item.

    The XML before and after the container is checked by expat, which must find the
    container in the main namespace. Inside it the callers' patterns admit no other
    element and no namespace declaration, so every name there is in that namespace.
    """
    parser = ParserCreate(namespace_separator="}")
    open_names: list[str] = []

    def start(name: str, _attrs: Any) -> None:
        open_names.append(name)

    def end(_name: str) -> None:
        open_names.pop()

    def declaration(_version: str, encoding: str | None, _standalone: int) -> None:
        if encoding and encoding.lower() not in ("utf-8", "utf8"):
            raise _NotPlain

    def doctype(*_args: Any) -> None:
        raise _NotPlain  # a DTD can declare entities and attribute defaults the patterns do not see

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.XmlDeclHandler = declaration
    parser.StartDoctypeDeclHandler = doctype
    opening = b"<" + container.encode()
    buf = b""
    while True:
        data = fh.read(_CHUNK)
        buf += data
        at = buf.find(opening)
        head_end = buf.find(b">", at) if at >= 0 else -1
        if head_end >= 0:
            break
        if not data:
            raise _NotPlain
    head = buf[:head_end + 1]
    try:
        parser.Parse(head, False)
    except ExpatError:
        raise _NotPlain from None
    if open_names[-1:] != [f"{MAIN_URI}}}{container}"] or item_tag.search(head):
        raise _NotPlain
    parser.StartElementHandler = parser.EndElementHandler = None
    buf = buf[head_end + 1:]
    closing = b"</" + container.encode() + b">"
    while (stop := buf.find(closing)) < 0:
        cut = buf.rfind(item_end)
        if cut >= 0:
            cut += len(item_end)
            yield buf[:cut]
            buf = buf[cut:]
        data = fh.read(_CHUNK)
        if not data:
            raise _NotPlain
        buf += data
    if stop:
        yield buf[:stop]
    tail = buf[stop:] + fh.read()
    if item_tag.search(tail):
        raise _NotPlain
    try:
        parser.Parse(tail, True)
    except ExpatError:
        raise _NotPlain from None


def _decode(texts: list[bytes]) -> list[str]:
    """Raw element texts as expat reads them (references, line ends), in one parse."""
    if not texts:
        return []
    # Each text follows a comment, whose event flushes expat's text buffer; the "="
    # makes even an empty text one item, so items and texts pair up by position.
    doc = b"<x>=" + b"<!---->=".join(texts) + b"</x>"
    out: list[str] = []
    parser = ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = len(doc)
    parser.CharacterDataHandler = out.append
    parser.CommentHandler = len
    try:
        parser.Parse(doc, True)
    except ExpatError:
        raise _NotPlain from None
    if len(out) != len(texts):
        raise _NotPlain
    return [s[1:] for s in out]


def _rich_text(snippet: bytes) -> str:
    try:
        holder = fromstring(b'<w xmlns="' + MAIN_URI.encode() + b'">' + snippet + b"</w>")
    except ParseError:
        raise _NotPlain from None
    if len(holder) != 1:
        raise _NotPlain
    return _text_of(holder[0])


def _shared_strings_plain(fh: IO[bytes]) -> list[str]:
    out: list[str] = []
    for chunk in _plain_body(fh, "sst", b"</si>", _SI_TAG):
        parts = _SI.split(chunk)
        if any(parts[0::3]):
            raise _NotPlain
        simple, rich = parts[1::3], parts[2::3]
        decoded = iter(_decode([t for t in simple if t is not None]))
        for text, other in zip(simple, rich, strict=True):
            out.append(next(decoded) if text is not None else _rich_text(b"<si>" + other))
    return out


_COLUMNS: dict[bytes, int] = {}


def _aligned(raw: list[bytes | None], decoded: list[str]) -> list[str | None]:
    """Decoded texts in the places of the raw ones, None where a cell had none."""
    if len(decoded) == len(raw):
        return decoded
    if not decoded:
        return raw  # type: ignore[return-value]  # every item is None
    texts = iter(decoded)
    return [None if t is None else next(texts) for t in raw]


_DISTINCT: set[bytes] = set()


def _distinct(attrs: bytes) -> bool:
    """No attribute named twice (expat refuses that); rows mostly repeat the same ones."""
    if attrs in _DISTINCT:
        return True
    names = _ATTR_NAME.findall(attrs)
    if len(set(names)) != len(names):
        return False
    if len(_DISTINCT) < 1000:
        _DISTINCT.add(attrs)
    return True


class _PlainRows:
    """Rows of the plain path; the state (open row, next row number) spans chunks."""

    def __init__(self, strings: list[str], date_styles: set[int], date1904: bool) -> None:
        self.strings, self.date_styles, self.date1904 = strings, date_styles, date1904
        self.expected = 1
        self.number: int | None = None
        self.row: list[Any] | None = None
        self.out: list[tuple[Any, ...]] = []
        self.filling = _Filling()

    def close_row(self) -> None:
        at = self.expected if self.number is None else self.number
        empty = at - self.expected + (0 if self.row else 1)  # rows skipped, and this one if it is empty
        if empty > 0 or at > MAX_ROW:
            self.filling.rows(max(empty, 0), at)
        while self.expected < at:
            self.out.append(())
            self.expected += 1
        self.out.append(tuple(self.row or ()))
        self.expected = at + 1
        self.row = None

    def row_tags(self, piece: bytes) -> None:
        """The row tags between two cells: usually one row ends and the next begins."""
        common = _ROW_NEXT.fullmatch(piece)
        if (common is not None and self.row is not None
                and b' r="' not in common[2] and b"xmlns" not in common[2] and _distinct(common[2])):
            self.close_row()
            self.number, self.row = int(common[1]), []
            return
        if not _ROW_PIECE.fullmatch(piece):
            raise _NotPlain
        for close, attrs, empty in _ROW_TOKEN.findall(piece):
            if close:
                if self.row is None:
                    raise _NotPlain
                self.close_row()
                continue
            if self.row is not None or b"xmlns" in attrs or not _distinct(attrs):
                raise _NotPlain
            found = _ROW_NUMBER.search(attrs)
            if found is None and b' r="' in attrs:
                raise _NotPlain
            self.number = int(found[1]) if found and found[1] else None
            self.row = []
            if empty:
                self.close_row()

    def chunk(self, chunk: bytes) -> list[tuple[Any, ...]]:
        """The rows that end in ``chunk``, which ends after a whole row."""
        step = _CELL_GROUPS + 1
        self.filling.read(len(chunk))
        parts = _CELL.split(chunk)
        pieces = parts[0::step]
        raw_values, raw_inline = parts[4::step], parts[5::step]
        given = [t for t in raw_values if t is not None]
        texts = _decode(given + [t for t in raw_inline if t is not None])
        values = _aligned(raw_values, texts[:len(given)])
        inline_values = _aligned(raw_inline, texts[len(given):])
        strings, date_styles, date1904, columns = self.strings, self.date_styles, self.date1904, _COLUMNS
        self.out = []
        for piece, letters, style, kind, text, inline, other in zip(
                pieces[:-1], parts[1::step], parts[2::step], parts[3::step], values, inline_values,
                parts[6::step], strict=True):
            if piece:
                self.row_tags(piece)
            row = self.row
            if row is None:
                raise _NotPlain
            if other is not None:
                inline = _rich_text(other)
            col = columns.get(letters)
            if col is None:
                col = columns[letters] = _column_index(letters.decode())
            if col >= MAX_COLUMNS:
                continue
            if kind == b"inlineStr":
                value: Any = inline
            elif kind == b"s":
                value = strings[int(text)] if text is not None else None
            elif kind == b"str" or kind == b"e":
                value = text
            elif kind == b"b":
                value = None if text is None else text == "1"
            elif not text:
                value = None
            else:
                number_value = float(text)
                if date_styles and int(style or b"0") in date_styles:
                    value = _serial_to_datetime(number_value, date1904)
                else:
                    value = int(number_value) if number_value.is_integer() else number_value
            width = len(row)
            if col == width:
                if value is not None:
                    row.append(value)
            elif col < width:
                row[col] = value
            elif value is not None:  # an empty cell is not given: the row ends at its last value
                self.filling.cells(col - width, self.number, col)
                row.extend([None] * (col - width))
                row.append(value)
        if pieces[-1]:
            self.row_tags(pieces[-1])
        if self.row is not None:
            raise _NotPlain
        return self.out


def _rows_plain(fh: IO[bytes], strings: list[str], date_styles: set[int],
                date1904: bool) -> Iterator[tuple[Any, ...]]:
    rows = _PlainRows(strings, date_styles, date1904)
    for chunk in _plain_body(fh, "sheetData", b"</row>", _ROW_TAG):
        yield from rows.chunk(chunk)


# ---- the element-tree path --------------------------------------------------------

ROW, CELL, VALUE, INLINE = f"{MAIN}row", f"{MAIN}c", f"{MAIN}v", f"{MAIN}is"


class _Counted:
    """A part being read, each chunk adding to the allowance of cells to fill in."""

    def __init__(self, fh: IO[bytes], filling: _Filling) -> None:
        self.fh, self.filling = fh, filling

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        self.filling.read(len(data))
        return data


def _rows_tree(fh: IO[bytes], strings: list[str], date_styles: set[int],
               date1904: bool) -> Iterator[tuple[Any, ...]]:
    expected = 1
    filling = _Filling()
    for _event, elem in iterparse(_Counted(fh, filling), events=("end",)):
        if elem.tag != ROW:
            continue
        number = int(elem.get("r") or expected)
        cells: dict[int, Any] = {}
        position = 0
        for c in elem:
            if c.tag != CELL:
                continue
            ref = c.get("r")
            col = _column_index(ref) if ref else position
            position = col + 1
            if col >= MAX_COLUMNS:
                continue
            kind = c.get("t", "n")
            text = None
            inline = None
            for child in c:
                if child.tag == VALUE:
                    text = child.text
                elif child.tag == INLINE:
                    inline = child
            if kind == "s":
                value: Any = strings[int(text)] if text is not None else None
            elif kind == "inlineStr":
                value = _text_of(inline) if inline is not None else None
            elif kind in ("str", "e"):
                value = text
            elif kind == "b":
                value = None if text is None else text == "1"
            elif not text:
                value = None
            else:
                number_value = float(text)
                if date_styles and int(c.get("s", "0")) in date_styles:
                    value = _serial_to_datetime(number_value, date1904)
                else:
                    value = int(number_value) if number_value.is_integer() else number_value
            if value is not None:
                cells[col] = value
            else:
                cells.pop(col, None)
        elem.clear()
        empty = number - expected + (0 if cells else 1)  # rows skipped, and this one if it is empty
        if empty > 0 or number > MAX_ROW:
            filling.rows(max(empty, 0), number)
        width = max(cells) + 1 if cells else 0
        if width > len(cells):
            filling.cells(width - len(cells), number, width - 1)
        while expected < number:
            yield ()
            expected += 1
        yield tuple(cells.get(i) for i in range(width))
        expected = number + 1


def iter_rows(path: str, *, plain: bool = True, sheet_name: str | None = None) -> Iterator[tuple[Any, ...]]:
    """Cell values of the first worksheet (or of the one called ``sheet_name``), one
    tuple per row from row 1.

    ``plain=False`` reads with the element-tree path only (the tests compare the two).
    """
    with zipfile.ZipFile(path) as zf:
        try:
            sheet, date1904 = _first_sheet(zf, sheet_name)
            strings = _shared_strings(zf, plain)
            date_styles = _date_styles(zf)
            zf.getinfo(sheet)
        except KeyError as exc:
            raise XlsxFormatError(f"缺少部件 {exc}") from exc
        given = 0
        if plain:
            try:
                with zf.open(sheet) as fh:
                    for row in _rows_plain(fh, strings, date_styles, date1904):
                        yield row
                        given += 1
                return
            except _NotPlain:
                pass
        with zf.open(sheet) as fh:
            for index, row in enumerate(_rows_tree(fh, strings, date_styles, date1904)):
                if index >= given:
                    yield row

