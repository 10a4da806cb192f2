"""督查工作台 — composition root.

``python main.py`` opens the application; ``python main.py COMMAND …`` does the same
work headless (see ``python main.py --help``).
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the window, or run a command when one is named."""
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_gui = not [a for a in argv if not a.startswith("-") and a not in _option_values(argv)]
    if wants_gui and not any(a in ("-h", "--help") for a in argv):
        from cli import window_parser
        from ui.app import run_gui

        # The window's three options only: the commands' modules stay unimported.
        args, _ = window_parser().parse_known_args(argv)
        return run_gui(args.db, args.today, args.user)
    from cli import run

    return run(argv)


def _option_values(argv: list[str]) -> set[str]:
    values = set()
    for i, a in enumerate(argv[:-1]):
        if a in ("--db", "--today", "--user"):
            values.add(argv[i + 1])
    return values


if __name__ == "__main__":
    sys.exit(main())
