"""Screenshots of every pane, maximised on a screen of a given size, on the demo data.

    xvfb-run -a -s "-screen 0 1280x720x24" python docs/screenshots/take.py 1280x720
    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/take.py 1366x768

The window is maximised on the screen Qt reports and 统计 is opened first (it used to
raise the window's minimum size past a small screen for the rest of the session); then
each pane, each tab of 统计 and each page of 设置 is shot, 文档 with a preview made.
What is captured is the screen itself, not the window, so anything that falls off the
screen is missing from the picture. PNGs go to ``docs/screenshots/<size>/``; the script
prints each file with the window's size and minimum size, and exits non-zero when the
window does not fit the screen.

``--db FILE`` shoots an existing database instead of a fresh demo (``--today`` applies).
The size argument only names the folder and is checked against the real screen.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", help="the screen's size, e.g. 1280x720 (start Xvfb with it)")
    parser.add_argument("--db", type=Path, help="an existing database (default: a fresh demo)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2014, 10, 28))
    parser.add_argument("--out", type=Path, help="folder for the PNGs (default: docs/screenshots/<size>)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="ducha-shots-"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QTabWidget

    from models.core.actors import LOCAL_ACTOR
    from models.core.schema import open_database
    from ui.app import make_app
    from ui.background import Background
    from ui.main_window import PANES, MainWindow
    from ui.session import Session

    # The clerk's saved window geometry must not decide the picture.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    path = args.db
    if path is None:
        from models.demo import build_demo

        path = tmp / "demo.sqlite3"
        open_database(path)
        build_demo(LOCAL_ACTOR, args.today)
    else:
        open_database(path)
    app = make_app()
    screen = app.primaryScreen()
    if (screen.size().width(), screen.size().height()) != (width, height):
        print(f"the screen is {screen.size().width()}x{screen.size().height()}, not {args.size}: "
              f"start Xvfb with -screen 0 {args.size}x24", file=sys.stderr)
        return 2
    window = MainWindow(Session(path, today=args.today))
    # Without a window manager (Xvfb) nobody honours "maximised": take the screen's free area too.
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    out = args.out or ROOT / "docs" / "screenshots" / args.size
    out.mkdir(parents=True, exist_ok=True)
    fits = True

    def settle(until=lambda: True) -> None:
        """Let the panes' background work arrive and paint (at most 30 s)."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            app.processEvents()
            busy = any(b.busy for b in window.findChildren(Background))
            if not busy and until():
                break
            time.sleep(0.05)
        for _ in range(10):
            app.processEvents()
            time.sleep(0.03)

    def shoot(name: str, what: str = "") -> None:
        nonlocal fits
        settle()
        image = screen.grabWindow(0)  # the screen, as the clerk sees it
        file = out / f"{name}.png"
        image.save(str(file))
        frame, minimum = window.frameGeometry(), window.minimumSize()
        inside = screen.geometry().contains(frame)
        fits = fits and inside
        print(f"{file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}: window "
              f"{frame.width()}x{frame.height()} at ({frame.x()},{frame.y()}), minimum "
              f"{minimum.width()}x{minimum.height()}{'' if inside else '  ** OFF THE SCREEN **'}  {what}")

    def pages(key: str) -> None:
        """Shoot each page of the pane's tab widget as ``<key>-<n>.png``."""
        tabs = window.show_pane(key).findChild(QTabWidget)
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            shoot(f"{key}-{i + 1}", tabs.tabText(i))

    pages("stats")  # 统计 first
    for spec in PANES:
        if spec.key == "stats":
            continue
        if spec.key == "settings":
            pages("settings")
            continue
        pane = window.show_pane(spec.key)
        if spec.key == "instructions":
            settle()
            pane.table.selectRow(0)  # the detail filled in, as a clerk works
        shoot(spec.key)
        if spec.key == "documents":
            pane.make_preview()
            settle(lambda p=pane: p.prepared is not None)
            shoot("documents-preview", "生成预览之后")
    window.close()
    return 0 if fits else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
