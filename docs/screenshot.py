"""Take screenshots of the main window on the demonstration data.

    xvfb-run -a -s "-screen 0 1400x900x24" python docs/screenshot.py dashboard settings …

Each argument is a pane key from ``ui.main_window.PANES``; the PNGs are written to
``docs/screenshots/<key>.png`` (and ``main-window.png`` for the first one).
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2014, 10, 28)


def main(keys: list[str]) -> None:
    from models.core.actors import LOCAL_ACTOR
    from models.core.schema import open_database
    from models.demo import build_demo
    from ui.app import make_app
    from ui.main_window import PANES, MainWindow
    from ui.session import Session

    path = Path(tempfile.mkdtemp()) / "demo.sqlite3"
    open_database(path)
    build_demo(LOCAL_ACTOR, TODAY)
    app = make_app()
    window = MainWindow(Session(path, today=TODAY))
    window.resize(1360, 820)
    window.show()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    rows = {spec.key: n for n, spec in enumerate(PANES)}
    for i, key in enumerate(keys or ["dashboard"]):
        window.nav.setCurrentRow(rows[key])
        # Panes compute in worker threads: give them time to fill in.
        for _ in range(60):
            app.processEvents()
            time.sleep(0.05)
        image = window.grab()
        image.save(str(out / f"{key}.png"))
        if i == 0:
            image.save(str(out / "main-window.png"))
        print(out / f"{key}.png")


if __name__ == "__main__":
    main(sys.argv[1:])
