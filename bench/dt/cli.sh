#!/usr/bin/env bash
# Command-line benchmark of issue 24: `ppl dt apply` on many problems in one call (corrected and
# --raw) beside SMC on the same program, SMC's particle count matched to the corrected DT's
# accuracy by bisection (bench/dt/src/CommandLineEvaluation.java; results in bench/dt/README.md).
#
# Usage: bench/dt/cli.sh NET.dt [PROBLEMS] [EVAL_PROBLEMS]     (defaults 200 and 50)
# A network: ppl dt train examples/dt/gaussian_mean.ppl --out NET.dt --steps 4000 --seed 1
set -euo pipefail
cd "$(dirname "$0")/../.."
net="$1"
problems="${2:-200}"
eval_problems="${3:-50}"
mvn -B -q -o package -pl runner,bench/pfn-eval -am -DskipTests -Dppl.e2e.skip=true >&2
classes="${TMPDIR:-/tmp}/dt-cli-bench-classes"
mkdir -p "$classes"
cp="runner/target/ppl.jar:bench/pfn-eval/target/classes"
javac -d "$classes" -cp "$cp" bench/dt/src/CommandLineEvaluation.java
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$classes:$cp" CommandLineEvaluation --net "$net" --ppl ./ppl \
  --problems "$problems" --eval-problems "$eval_problems" --seed 1
