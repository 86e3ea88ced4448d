#!/usr/bin/env bash
# SMC with 10,000 particles in one warmed-up JVM: compiled .ppl vs Java DSL, 1 and 2 threads.
# usage: bench/webppl/in-process.sh [REPEATS]   (default 5)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
(cd "$root" && ./ppl --version >/dev/null)
exec java -cp "$root/runner/target/ppl.jar" "$here/InProcess.java" "$here" "${1:-5}"
