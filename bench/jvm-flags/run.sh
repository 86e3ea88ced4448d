#!/usr/bin/env bash
# Whole-process CPU seconds (user + system, from /usr/bin/time) of `ppl run` under several
# JVM flag sets, on the bench/webppl models with SMC 10,000 particles and on a trivial
# program. Flag sets are interleaved within each repeat, so every comparison is made in the
# same minute (the machine may be shared). Prints the median CPU and wall seconds per cell.
# usage: bench/jvm-flags/run.sh [REPEATS]   (default 3)
#        BENCH_LONG=1 bench/jvm-flags/run.sh   (adds two longer runs, where C2's code pays:
#        HMM SMC with 50,000 particles, linear regression MH with 100,000 steps)
#        FLAG_SETS=$'default\n-XX:+UseSerialGC' bench/jvm-flags/run.sh   (one set per line;
#        "default" means no extra flag; the launcher's own flags are bypassed: java -jar;
#        a line starting with @PATH runs the jar at PATH instead, e.g. a build of another
#        commit for a before/after comparison: "@/tmp/base/runner/target/ppl.jar default")
# The default sets: no flag (what ./ppl used before), the serial collector, the launcher's
# choice (serial + the class-data sharing archive runner/target/ppl.jsa that ./ppl writes),
# and that plus C1 only (-XX:TieredStopAtLevel=1).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./ppl --version >/dev/null
jar=runner/target/ppl.jar
b=bench/webppl
repeats="${1:-3}"
cds="-XX:SharedArchiveFile=runner/target/ppl.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
sets="${FLAG_SETS:-default
-XX:+UseSerialGC
-XX:+UseSerialGC $cds
-XX:+UseSerialGC $cds -XX:TieredStopAtLevel=1}"
mapfile -t flagsets <<<"$sets"
declare -A runs=(
  [trivial]="$b/ppl/trivial.ppl --seed 1"
  [coin]="$b/ppl/coin.ppl --data $b/data/coin.json --method smc --particles 10000 --seed 1"
  [hmm]="$b/ppl/hmm.ppl --data $b/data/hmm.json --method smc --particles 10000 --seed 1"
  [linreg]="$b/ppl/linreg.ppl --data $b/data/linreg.json --method smc --particles 10000 --seed 1"
  [hmm-smc-50k]="$b/ppl/hmm.ppl --data $b/data/hmm.json --method smc --particles 50000 --seed 1"
  [linreg-mh-100k]="$b/ppl/linreg.ppl --data $b/data/linreg.json --method mh --samples 100000 --chains 1 --seed 1"
)
models=(trivial coin hmm linreg)
if [[ "${BENCH_LONG:-}" == 1 ]]; then models+=(hmm-smc-50k linreg-mh-100k); fi
out="$(mktemp)"
trap 'rm -f "$out" "$out.t"' EXIT
for ((r = 0; r < repeats; r++)); do
  for model in "${models[@]}"; do
    for i in "${!flagsets[@]}"; do
      f="${flagsets[$i]}"; j="$jar"
      if [[ "$f" == @* ]]; then j="${f%% *}"; j="${j#@}"; f="${f#* }"; fi
      [[ "$f" == default ]] && f=""
      # shellcheck disable=SC2086
      /usr/bin/time -o "$out.t" -f '%U %S %e' java $f -Dppl.stderr.tty=false -jar "$j" run \
        ${runs[$model]} --quiet >/dev/null 2>&1
      echo "$model $i $(tail -n 1 "$out.t")" >> "$out"
    done
  done
done
python3 - "$out" "${models[*]}" "${flagsets[@]}" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    model, i, u, s, e = line.split()
    rows[(model, int(i))].append((float(u) + float(s), float(e)))
models = sys.argv[2].split()
sets = sys.argv[3:]
print("| model | JVM flags | CPU s (median) | wall s (median) |")
print("|---|---|---:|---:|")
for model in models:
    for i, f in enumerate(sets):
        v = rows[(model, i)]
        print("| %s | %s | %.2f | %.2f |" % (model, f, statistics.median(c for c, _ in v),
                                            statistics.median(w for _, w in v)))
PY
