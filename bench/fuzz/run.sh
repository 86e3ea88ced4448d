#!/usr/bin/env bash
# Fuzzes every target of the fuzz module for a long budget: bench/fuzz/run.sh HOURS (default 1).
# The hours are shared equally among the five targets, each run in its own JVM (Jazzer fuzzes
# one target per JVM). Inputs that grow coverage accumulate in fuzz/.cifuzz-corpus/ (ignored by
# git); an input that fails is written into fuzz/src/test/resources/org/ppl4j/fuzz/<Target>Inputs/
# <method>/ by Jazzer, where `mvn verify` replays it from then on: fix the bug and commit it.
# Prints a table of executions and coverage per target; the full logs go to bench/fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")/../.."
hours="${1:-1}"
targets=(
  "ParserFuzzTest#checkAnyText"
  "ProgramFuzzTest#runGeneratedPrograms"
  "DataFuzzTest#loadAnyDataFile"
  "NetworkFileFuzzTest#readAnyNetworkFile"
  "CommandLineFuzzTest#parseAnyCommandLine"
)
seconds=$(python3 -c "print(max(10, int(float('$hours') * 3600 / ${#targets[@]})))")
mkdir -p bench/fuzz/logs
stamp=$(date -u +%Y%m%dT%H%M%SZ)
printf '%-42s %10s %10s %8s %s\n' target seconds execs cov result
for t in "${targets[@]}"; do
  log="bench/fuzz/logs/${stamp}-${t%%#*}.log"
  if JAZZER_FUZZ=1 mvn -B -o -q -pl fuzz -am verify -Dppl.e2e.skip=true -Dppl.fuzz.skip=true \
      -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.instrument='org.ppl4j.**' \
      -Djazzer.internal.arg.0=ppl-fuzz -Djazzer.internal.arg.1="-max_total_time=$seconds" \
      > "$log" 2>&1; then result=ok; else result="FAILED (see $log)"; fi
  done_line=$(grep -E '^#[0-9]+\s+DONE' "$log" | tail -1 || true)
  execs=$(sed -E 's/^#([0-9]+).*/\1/' <<< "$done_line")
  cov=$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<< "$done_line")
  printf '%-42s %10s %10s %8s %s\n' "$t" "$seconds" "${execs:-?}" "${cov:-?}" "$result"
done
