#!/usr/bin/env bash
# Compiled .ppl vs Java DSL on the same linear regression (100 points): prints a table with the
# time of each and their ratio (target: compiled within 2x of the DSL).
# Usage: bench/compiled-vs-dsl/run.sh [RUNS] [REPEATS]   (defaults 100000 and 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./ppl --version >/dev/null   # builds runner/target/ppl.jar if missing or stale
exec java -Xss16m -cp runner/target/ppl.jar bench/compiled-vs-dsl/CompiledVsDsl.java \
  examples/linear_regression.ppl "${1:-100000}" "${2:-5}"
