#!/usr/bin/env bash
# PFN benchmark on the CPU (issue 5): trains a PFN on the GP prior (lengthscale 0.1, output
# scale 1, noise variance 1e-2, x ~ U[0,1]) for at most MINUTES of wall time, then prints the
# NLL table (exact GP by Cholesky vs PFN vs prior predictive) on 2,000 held-out datasets at
# n in {1, 2, 5, 10, 20, 50}, training time, steps/s, the GEMM rate, and the time of one
# prediction with 100 context and 100 query points.
#
# The programs live in the bench/pfn-eval module (org.ppl4j.bench.pfn), not in the pfn library.
#
# Usage: bench/pfn/run.sh [MINUTES] [GpEvaluation options, e.g. --layers 5 --context-sizes equal-queries]
# Example: bench/pfn/run.sh 10 | tee bench/pfn/runs/DATE-NAME.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-10}"
shift || true
mvn -B -q -o compile -pl bench/pfn-eval -am >&2
m2="${HOME}/.m2/repository"
cp="bench/pfn-eval/target/classes:pfn/target/classes:semantics/target/classes:inference/target/classes"
cp="$cp:$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
cp="$cp:$m2/org/ejml/ejml-fdense/0.46.1/ejml-fdense-0.46.1.jar:$m2/org/ejml/ejml-core/0.46.1/ejml-core-0.46.1.jar"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp" org.ppl4j.bench.pfn.GemmBenchmark
echo
java -XX:+UseParallelGC -cp "$cp" org.ppl4j.bench.pfn.GpEvaluation --minutes "$minutes" --eval 2000 \
  --out "${PFN_BENCH_OUT:-/tmp/pfn-bench-gp.pfn}" "$@"
