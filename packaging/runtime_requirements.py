"""Print the program's runtime requirements (setup.cfg's install_requires), one a line.

CI downloads them for Windows with the exact versions of constraints.txt:
    python packaging/runtime_requirements.py > runtime.txt
    pip wheel --no-deps -c constraints.txt -w wheelhouse jieba   # published as source only
    pip download --only-binary=:all: --platform win_amd64 --python-version 3.12 \
        -r runtime.txt -c constraints.txt --find-links wheelhouse -d wheelhouse
"""
from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def runtime_requirements() -> list[str]:
    """The install_requires lines, comments dropped."""
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    lines = cfg["options"]["install_requires"].splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


if __name__ == "__main__":
    print("\n".join(runtime_requirements()))
