#!/usr/bin/env bash
# Smoke test of a built bundle (dist/ducha): proves nothing is missing from it.
# Starts the window offscreen and quits when idle, builds the demonstration, runs the
# integrity check, and makes a bulletin — each from the bundle alone, outside the source tree.
set -euo pipefail
bundle=$(cd "${1:-dist/ducha}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli="$bundle/ducha-cli"
[ -x "$cli" ] || cli="$bundle/ducha-cli.exe"
gui="$bundle/ducha"
[ -x "$gui" ] || gui="$bundle/ducha.exe"
export DUCHA_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
cd "$work"
"$cli" --help >/dev/null
"$cli" --db demo.sqlite3 --today 2014-10-28 demo
"$cli" --db demo.sqlite3 check
"$cli" --db demo.sqlite3 --today 2014-10-28 bulletin --from 2014-01-01 --to 2014-10-28 --draft -o 通报.pdf
test -s 通报.pdf
head -c 5 通报.pdf | grep -q '%PDF-'
"$cli" --db demo.sqlite3 --today 2014-10-28 stats --from 2014-01-01 --to 2014-10-28 >/dev/null
DUCHA_EXIT_WHEN_IDLE=1 timeout 120 "$gui" --db demo.sqlite3 --today 2014-10-28
echo "bundle smoke test passed: $bundle ($(du -sh "$bundle" | cut -f1))"
