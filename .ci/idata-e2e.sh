#!/usr/bin/env bash
# End-to-end test of `ppl run --idata` (issue 19, item 5): the Zarr store opened by the Python
# stack ArviZ builds on.
#   1. installs xarray and zarr from Debian's packages when they are missing (no pip), as
#      .ci/notebook-e2e.sh installs Jupyter;
#   2. runs NUTS (2 chains) with --predict on examples/regression, writing --draws, the JSON
#      summary and --idata;
#   3. opens every InferenceData group with xarray.open_zarr and checks dimensions, shapes,
#      types and values against the draws files and the summary (.ci/idata/check_idata.py).
# Usage: .ci/idata-e2e.sh [PPL_JAR]   (default runner/target/ppl.jar, built by `mvn package`)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
JAR=${1:-runner/target/ppl.jar}

if ! "$PY" -c 'import xarray, zarr' 2>/dev/null; then
  echo "idata-e2e: installing xarray and zarr from Debian packages"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    python3-xarray python3-zarr >/dev/null
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

java -jar "$JAR" run examples/regression/regression.ppl --data examples/regression/regression.csv \
  --method nuts --chains 2 --samples 300 --warmup 300 --seed 19 --predict --quiet \
  --draws "$WORK/draws.csv" --format json --idata "$WORK/out.zarr" >"$WORK/summary.json"
"$PY" .ci/idata/check_idata.py "$WORK" examples/regression/regression.csv
echo "idata-e2e: PASSED"
