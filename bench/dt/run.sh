#!/usr/bin/env bash
# Distribution Transformer benchmark on the CPU (issue 8).
#  1. trains a DT on examples/dt/gaussian_mean.ppl (MINUTES_A of wall time) and a DT on
#     examples/dt/range_1d.ppl (MINUTES_B), with `ppl dt train`;
#  2. (a) conjugate case: KL(exact || DT) on held-out problems, log-evidence error, and SMC /
#     importance sampling at the DT's wall time and at fixed particle counts (ConjugateEvaluation);
#  3. (b) range-only tracking over 100 steps with the posterior fed back as the prior, against
#     ppl4j's SMC particle filter (1,000 particles), an EKF and an exact grid filter
#     (TrackingEvaluation).
# The evaluation programs live in the bench/pfn-eval module (org.ppl4j.bench.dt).
#
# Usage: bench/dt/run.sh [MINUTES_A] [MINUTES_B]      (defaults 4 and 6)
# Example: bench/dt/run.sh 4 6 | tee bench/dt/last-run.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes_a="${1:-4}"
minutes_b="${2:-6}"
out="${DT_BENCH_OUT:-/tmp}"
mvn -B -q -o package -pl runner,bench/pfn-eval -am -DskipTests >&2
m2="${HOME}/.m2/repository"
cp="bench/pfn-eval/target/classes:pfn/target/classes:semantics/target/classes:inference/target/classes"
cp="$cp:$(ls "$m2"/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar)"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# training (a): ppl dt train examples/dt/gaussian_mean.ppl --minutes $minutes_a --width 32 --layers 2 --batch 64 --seed 1"
java -jar runner/target/ppl.jar dt train examples/dt/gaussian_mean.ppl --out "$out/mean.dt" \
  --minutes "$minutes_a" --steps 1000000 --width 32 --layers 2 --batch 64 --max-obs 20 --seed 1 \
  2> >(tail -n 3 >&2)
echo "# training (b): ppl dt train examples/dt/range_1d.ppl --minutes $minutes_b --width 32 --layers 2 --batch 64 --max-obs 4 --mean-range -6,6 --seed 1"
java -jar runner/target/ppl.jar dt train examples/dt/range_1d.ppl --out "$out/range.dt" \
  --minutes "$minutes_b" --steps 1000000 --width 32 --layers 2 --batch 64 --max-obs 4 \
  --mean-range -6,6 --seed 1 2> >(tail -n 3 >&2)
echo
java -cp "$cp" org.ppl4j.bench.dt.ConjugateEvaluation --net "$out/mean.dt" \
  --problems 1000 --particle-problems 50 --kl-draws 2000 --seed 1
echo
java -cp "$cp" org.ppl4j.bench.dt.TrackingEvaluation --net "$out/range.dt" \
  --sequences 10 --steps 100 --particles 1000 --seed 1
