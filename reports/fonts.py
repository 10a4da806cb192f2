"""Font discovery and registration for official documents (公文字体).

Each typographic role of GB/T 9704 gets one font, found once per process and per
font folder setting:

- ``fangsong``      仿宋, body text
- ``heiti``         黑体, level-1 headings and table headers
- ``kaiti``         楷体, level-2 headings
- ``songti``        宋体, page numbers
- ``xiaobiaosong``  小标宋, the issuing-body mark and the title

The clerks' Windows PCs have the real faces; Linux test machines get free
TrueType stand-ins; the last resort is ReportLab's built-in ``STSong-Light``,
which is *not* embedded in the PDF (``FontChoice.embedded`` is False) so the UI
can warn that the file may print blank elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

ROLES: tuple[str, ...] = ("fangsong", "heiti", "kaiti", "songti", "xiaobiaosong")

ROLE_NAMES: dict[str, str] = {
    "fangsong": "仿宋",
    "heiti": "黑体",
    "kaiti": "楷体",
    "songti": "宋体",
    "xiaobiaosong": "小标宋",
}

CID_FALLBACK = "STSong-Light"


@dataclass(frozen=True)
class FontChoice:
    """The font one role ended up with.

    ``registered_name`` is the name under which the font is registered with
    ReportLab's ``pdfmetrics``; ``path`` is None only for the non-embedded CID
    fallback.
    """

    role: str
    family_label: str
    path: str | None
    subfont_index: int
    registered_name: str
    embedded: bool
    stand_in: bool


@dataclass(frozen=True)
class _Candidate:
    file_names: tuple[str, ...]
    subfont_index: int
    # None: read the family name from the font file itself.
    label: str | None
    stand_in: bool


_WIN_FANGSONG = _Candidate(
    ("simfang.ttf", "仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "仿宋.ttf"), 0, "仿宋", False
)
_WIN_HEITI = _Candidate(("simhei.ttf", "黑体.ttf"), 0, "黑体", False)
_WIN_KAITI = _Candidate(
    ("simkai.ttf", "楷体_GB2312.ttf", "KaiTi_GB2312.ttf", "楷体.ttf"), 0, "楷体", False
)
_WIN_SONGTI = _Candidate(("simsun.ttc", "simsun.ttf", "宋体.ttf"), 0, "宋体", False)
_WIN_XBS = _Candidate(
    ("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXBSK.TTF", "方正小标宋_GBK.ttf", "方正小标宋.ttf"),
    0,
    "方正小标宋",
    False,
)
_DEB_SUNG = _Candidate(("gbsn00lp.ttf",), 0, None, True)
_DEB_KAI = _Candidate(("gkai00mp.ttf",), 0, None, True)
_DEB_HEI = _Candidate(("wqy-zenhei.ttc",), 0, None, True)

# Preference order per role: the real face first, then stand-ins.  For 小标宋 the
# office's fallback is 黑体 (a bold, heavy face reads as a title); only without
# any 黑体 does the Song stand-in take over.
_CANDIDATES: dict[str, tuple[_Candidate, ...]] = {
    "fangsong": (_WIN_FANGSONG, _DEB_SUNG),
    "heiti": (_WIN_HEITI, _DEB_HEI),
    "kaiti": (_WIN_KAITI, _DEB_KAI),
    "songti": (_WIN_SONGTI, _DEB_SUNG),
    "xiaobiaosong": (_WIN_XBS, _Candidate(("simhei.ttf",), 0, "黑体", True), _DEB_SUNG),
}

# Debian's packaged locations, checked directly before any folder walk.
_DEBIAN_PATHS: dict[str, str] = {
    "gbsn00lp.ttf": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "gkai00mp.ttf": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "wqy-zenhei.ttc": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
}

_lock = threading.RLock()
_resolved: dict[str | None, dict[str, FontChoice]] = {}
# One TTFont per (path, subfont): several roles sharing a file share one
# registration, so the PDF embeds that face once.
_registered: dict[tuple[str, int], str] = {}
_rejected: set[tuple[str, int]] = set()
_dir_index: dict[str, dict[str, str]] = {}
_tree_index: dict[str, str] | None = None


def _windows_font_dirs() -> list[str]:
    dirs: list[str] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(os.path.join(windir, "Fonts"))
    local = os.environ.get("LOCALAPPDATA")
    if local:
        # Fonts a clerk installs without admin rights (Windows 10 1809+) land here.
        dirs.append(os.path.join(local, "Microsoft", "Windows", "Fonts"))
    return dirs


def _general_font_dirs() -> list[str]:
    home = Path.home()
    return [
        str(home / ".fonts"),
        str(home / ".local" / "share" / "fonts"),
        "/usr/share/fonts",
        "/usr/local/share/fonts",
    ]


def _listing(folder: str) -> dict[str, str]:
    """Lower-cased file name -> path for one folder (not recursive), cached."""
    cached = _dir_index.get(folder)
    if cached is not None:
        return cached
    index: dict[str, str] = {}
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_file():
                    index.setdefault(entry.name.lower(), entry.path)
    except OSError:
        pass
    _dir_index[folder] = index
    return index


def _tree() -> dict[str, str]:
    """Lower-cased file name -> first path found under the general font folders."""
    global _tree_index
    if _tree_index is None:
        index: dict[str, str] = {}
        for root in _general_font_dirs():
            for dirpath, _dirnames, filenames in sorted(os.walk(root)):
                for name in sorted(filenames):
                    index.setdefault(name.lower(), os.path.join(dirpath, name))
        _tree_index = index
    return _tree_index


def _paths_for(candidate: _Candidate, font_dir: str | None) -> Iterator[str]:
    names = [n.lower() for n in candidate.file_names]
    folders = ([font_dir] if font_dir else []) + _windows_font_dirs()
    for folder in folders:
        listing = _listing(folder)
        for name in names:
            if name in listing:
                yield listing[name]
    for name in names:
        path = _DEBIAN_PATHS.get(name)
        if path and os.path.isfile(path):
            yield path
    tree = _tree()
    for name in names:
        if name in tree:
            yield tree[name]


def _is_truetype(path: str, subfont_index: int) -> bool:
    """True when the (sub)font has TrueType outlines; CFF cannot be embedded."""
    try:
        with open(path, "rb") as fh:
            tag = fh.read(4)
            if tag == b"ttcf":
                fh.seek(8)
                count = int.from_bytes(fh.read(4), "big")
                if subfont_index >= count:
                    return False
                fh.seek(12 + 4 * subfont_index)
                offset = int.from_bytes(fh.read(4), "big")
                fh.seek(offset)
                tag = fh.read(4)
    except OSError:
        return False
    return tag in (b"\x00\x01\x00\x00", b"true")


def _register(path: str, subfont_index: int) -> str | None:
    key = (path, subfont_index)
    if key in _registered:
        return _registered[key]
    if key in _rejected or not _is_truetype(path, subfont_index):
        _rejected.add(key)
        return None
    digest = hashlib.sha1(f"{path}|{subfont_index}".encode()).hexdigest()[:10]
    name = f"DCGZT-{digest}"
    try:
        font = TTFont(name, path, subfontIndex=subfont_index)
    except Exception:  # noqa: BLE001 - any unreadable font file is just skipped
        _rejected.add(key)
        return None
    # A file that happens to carry the right name but no Chinese glyphs is useless.
    if ord("中") not in font.face.charToGlyph:
        _rejected.add(key)
        return None
    pdfmetrics.registerFont(font)
    _registered[key] = name
    return name


def _family_name(registered_name: str) -> str:
    face = pdfmetrics.getFont(registered_name).face
    raw = getattr(face, "familyName", b"") or getattr(face, "name", b"")
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    return str(raw) or registered_name


def _choose(role: str, font_dir: str | None) -> FontChoice:
    role_cn = ROLE_NAMES[role]
    for candidate in _CANDIDATES[role]:
        for path in _paths_for(candidate, font_dir):
            name = _register(path, candidate.subfont_index)
            if name is None:
                continue
            file_name = os.path.basename(path)
            if candidate.stand_in:
                family = candidate.label or _family_name(name)
                label = f"{family} (替代{role_cn})"
            else:
                label = f"{candidate.label} ({file_name})"
            return FontChoice(
                role=role,
                family_label=label,
                path=path,
                subfont_index=candidate.subfont_index,
                registered_name=name,
                embedded=True,
                stand_in=candidate.stand_in,
            )
    if CID_FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return FontChoice(
        role=role,
        family_label=f"{CID_FALLBACK} (内置, 未嵌入, 替代{role_cn})",
        path=None,
        subfont_index=0,
        registered_name=CID_FALLBACK,
        embedded=False,
        stand_in=True,
    )


def _key(font_dir: str | None) -> str | None:
    if not font_dir:
        return None
    return os.path.normcase(os.path.abspath(font_dir))


def resolve_fonts(font_dir: str | None = None) -> dict[str, FontChoice]:
    """Find and register a font for every role; cached per ``font_dir``.

    ``font_dir`` is the office's own font folder setting (may be None); it is
    searched before the Windows fonts folder, Debian's stand-ins and the
    general font folders.  Thread-safe; the files are parsed once per process.
    """
    key = _key(font_dir)
    with _lock:
        cached = _resolved.get(key)
        if cached is None:
            cached = {role: _choose(role, key) for role in ROLES}
            _resolved[key] = cached
        return dict(cached)


class FontRow(NamedTuple):
    """One line of the settings pane's font list; all fields are display text."""

    role_name: str
    font: str
    status: str
    path: str


def font_report(font_dir: str | None = None) -> list[FontRow]:
    """Rows for a settings pane: which font each role got and whether it is embedded."""
    rows: list[FontRow] = []
    for role, choice in resolve_fonts(font_dir).items():
        if not choice.embedded:
            status = "未嵌入：其他电脑上可能显示为空白"
        elif choice.stand_in:
            status = "已嵌入（替代字体）"
        else:
            status = "已嵌入"
        rows.append(FontRow(ROLE_NAMES[role], choice.family_label, status, choice.path or ""))
    return rows


def fonts_summary(choices: dict[str, FontChoice]) -> str:
    """One line naming each role's font, for the PDF's metadata."""
    return "; ".join(f"{ROLE_NAMES[r]}={c.family_label}" for r, c in choices.items())


def clear_cache() -> None:
    """Forget resolved choices and folder listings (after the font setting changes).

    Registered ReportLab fonts stay registered: re-registering would only
    re-parse the same files.
    """
    global _tree_index
    with _lock:
        _resolved.clear()
        _dir_index.clear()
        _tree_index = None
