"""The user guide's pictures: every pane on the demo at 1280×720, small PNGs.

    xvfb-run -a -s "-screen 0 1280x720x24" python docs/screenshots/guide.py

Runs ``take.py 1280x720`` into ``docs/用户手册/``, keeps the pictures that
``docs/用户手册.md`` links to, and shrinks each to a 256-colour optimised PNG (a
screenshot of flat UI loses nothing visible). Run it again after the panes change,
so the guide shows the program as it is.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent
GUIDE = DOCS / "用户手册.md"
OUT = DOCS / "用户手册"
SIZE = "1280x720"


def linked_images(guide: Path = GUIDE) -> list[Path]:
    """The images the guide links to (``![…](relative/path.png)``), as paths."""
    text = guide.read_text(encoding="utf-8")
    return [guide.parent / link for link in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)]


def shrink(path: Path) -> None:
    """Rewrite ``path`` as a 256-colour optimised PNG."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main() -> int:
    sys.path.insert(0, str(HERE))
    import take

    code = take.main([SIZE, "--out", str(OUT)])
    wanted = {p.resolve() for p in linked_images()}
    for png in sorted(OUT.glob("*.png")):
        if png.resolve() not in wanted:
            png.unlink()
            continue
        before = png.stat().st_size
        shrink(png)
        print(f"{png.relative_to(DOCS)}: {before // 1024} KB → {png.stat().st_size // 1024} KB")
    missing = [str(p) for p in wanted if not p.exists()]
    if missing:
        print("the guide links to pictures not made:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
