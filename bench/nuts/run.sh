#!/usr/bin/env bash
# NUTS benchmark: ESS per second (bulk ESS, minimum over the parameters) and gradient
# evaluations per second, for eight schools (non-centred) and a logistic regression with
# 1,000 rows x 10 predictors, on ppl4j's NUTS (.ppl program and Java DSL) and on WebPPL 0.9.15's
# HMC (10 leapfrog steps per iteration, fixed step size; 4 seeds as 4 chains for eight schools,
# one for the slow logistic regression) on the same models.
# Usage: bench/nuts/run.sh [--no-webppl | --only-webppl]   (prints a Markdown table)
# WebPPL is installed under bench/nuts/node_modules on first use (needs npm), unless
# bench/webppl/node_modules already has it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

"$root/ppl" --version >/dev/null   # builds runner/target/ppl.jar when sources changed
jar="$root/runner/target/ppl.jar"
bench() { java -cp "$jar" "$here/NutsBench.java" "$@"; }

es_ppl="$root/examples/posteriordb/eight_schools-eight_schools_noncentered.ppl"
es_data="$root/examples/posteriordb/eight_schools-eight_schools_noncentered.json"
lr_ppl="$here/logistic_regression.ppl"
lr_data="$here/logistic_regression.json"

echo "| system | model | chains x (warmup+draws) | seconds | grad evals/s | min bulk ESS | ESS/s | notes |"
echo "|---|---|---|---|---|---|---|---|"
if [[ "${1:-}" != "--only-webppl" ]]; then
  bench ppl "$es_ppl" "$es_data" 1000 1000 4 1
  bench dsl eight_schools "$es_data" 1000 1000 4 1
  bench ppl "$lr_ppl" "$lr_data" 1000 1000 4 1
  bench dsl logistic "$lr_data" 1000 1000 4 1
fi

if [[ "${1:-}" == "--no-webppl" ]]; then
  exit 0
fi
webppl="$root/bench/webppl/node_modules/.bin/webppl"
if [[ ! -x "$webppl" ]]; then
  webppl="$here/node_modules/.bin/webppl"
  if [[ ! -x "$webppl" ]]; then
    npm install --prefix "$here" --no-audit --no-fund webppl@0.9.15 >/dev/null
  fi
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for seed in 1 2 3 4; do
  "$webppl" "$here/eight_schools.wppl" --random-seed "$seed" -- --data "$(cat "$es_data")" \
    --samples 1000 --burn 1000 --steps 10 --stepSize 0.1 | head -n 1 > "$tmp/es_$seed.json"
done
bench webppl eight_schools_noncentered "$tmp"/es_*.json
# WebPPL's HMC runs ~30 leapfrog steps per second on this model: one chain of 50 + 50
"$webppl" "$here/logistic_regression.wppl" --random-seed 1 -- --data "$(cat "$lr_data")" \
  --samples 50 --burn 50 --steps 10 --stepSize 0.02 | head -n 1 > "$tmp/lr.json"
bench webppl logistic_regression "$tmp/lr.json"
