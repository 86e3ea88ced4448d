#!/usr/bin/env bash
# Scalar-loop vs vectorised programs under NUTS (issue 16 item 6): the same model written with
# one observe per row (bench/vectorised/*_scalar.ppl) and in vectorised form (examples/radon,
# examples/regression), 4 chains x (1000 + 1000), seed 1; the scalar loops both with the
# interpreted log density (the way they ran before issue 17) and compiled, the vectorised forms
# compiled. Prints a Markdown table: wall seconds
# of the whole `ppl run` (JVM start included), the inference time the run reports (time_s),
# the smallest bulk ESS over the summary leaves, ESS per second of inference time, and the
# speed-up over the interpreted scalar loop.
# Usage: bench/vectorised/run.sh [WARMUP SAMPLES]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
warmup="${1:-1000}"
samples="${2:-1000}"
"$root/ppl" --version >/dev/null   # builds runner/target/ppl.jar when sources changed

run() { # label program data density
  local start end json
  start=$(date +%s.%N)
  json=$("$root/ppl" run "$2" --data "$3" --method nuts --chains 4 --warmup "$warmup" \
    --samples "$samples" --seed 1 --density "$4" --format json)
  end=$(date +%s.%N)
  python3 - "$1" "$start" "$end" "$json" <<'PY'
import json, sys
label, start, end, text = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
r = json.loads(text)
ess = min(v["ess"] for v in r["summary"].values())
print(f"{label}\t{end - start:.2f}\t{r['time_s']:.2f}\t{ess:.0f}\t{ess / r['time_s']:.1f}")
PY
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
{
  run "radon scalar loop, interpreted" "$here/radon_scalar.ppl" examples/radon/radon.csv interpreted
  run "radon scalar loop, compiled" "$here/radon_scalar.ppl" examples/radon/radon.csv compiled
  run "radon vectorised, compiled" examples/radon/radon.ppl examples/radon/radon.csv compiled
  run "regression scalar loop, interpreted" "$here/regression_scalar.ppl" \
    examples/regression/regression.csv interpreted
  run "regression scalar loop, compiled" "$here/regression_scalar.ppl" \
    examples/regression/regression.csv compiled
  run "regression vectorised, compiled" examples/regression/regression.ppl \
    examples/regression/regression.csv compiled
} > "$tmp/rows.tsv"

echo "| model | wall s | inference s | min bulk ESS | ESS/s | speed-up over the interpreted scalar loop (inference s) |"
echo "|---|---|---|---|---|---|"
python3 - "$tmp/rows.tsv" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
for i, r in enumerate(rows):
    base = rows[i - i % 3]
    speed = "" if i % 3 == 0 else f"{float(base[2]) / float(r[2]):.1f}x"
    print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {speed} |")
PY
