#!/usr/bin/env bash
# Renders docs/img/notebook-coin-smc.png, the README's screenshot, from the executed notebook
# examples/notebooks/coin-smc.ipynb (run `.ci/notebook-e2e.sh --update` first to execute it):
# nbconvert to HTML, then headless Chromium (Debian package `chromium`) takes the screenshot.
# Usage: .ci/notebook/screenshot.sh [NOTEBOOK [OUT.png [HEIGHT]]]
set -euo pipefail
cd "$(dirname "$0")/../.."
NB=${1:-examples/notebooks/coin-smc.ipynb}
OUT=$(realpath -m "${2:-docs/img/notebook-coin-smc.png}")
HEIGHT=${3:-920}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v chromium >/dev/null || { echo "screenshot: needs Debian's chromium"; exit 1; }
/usr/bin/python3 -m nbconvert --to html --output-dir "$WORK" --output page "$NB" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/profile" --hide-scrollbars --window-size=1200,"$HEIGHT" \
  --screenshot="$OUT" "file://$WORK/page.html" >/dev/null 2>&1
echo "screenshot: wrote $OUT"
