#!/usr/bin/env bash
# Time per gradient, compiled vs interpreted log density (issue 17), for the programs the
# NUTS comparisons use; prints a Markdown table. Usage: bench/gradient/run.sh [SECONDS]
# (default 3: each path warmed 3 s, then timed 3 s, single-threaded).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
"$root/ppl" --version >/dev/null   # builds runner/target/ppl.jar when sources changed
java -XX:+UseSerialGC -cp "$root/runner/target/ppl.jar" "$here/GradientBench.java" "${1:-3}" \
  bench/vectorised/radon_scalar.ppl examples/radon/radon.csv \
  examples/radon/radon.ppl examples/radon/radon.csv \
  bench/vectorised/regression_scalar.ppl examples/regression/regression.csv \
  examples/regression/regression.ppl examples/regression/regression.csv \
  examples/regression/regression.ppl bench/stan/data/regression2000.csv \
  examples/posteriordb/eight_schools-eight_schools_noncentered.ppl \
  examples/posteriordb/eight_schools-eight_schools_noncentered.json \
  examples/posteriordb/kidiq-kidscore_interaction.ppl \
  examples/posteriordb/kidiq-kidscore_interaction.json \
  examples/posteriordb/earnings-logearn_height.ppl \
  examples/posteriordb/earnings-logearn_height.json
