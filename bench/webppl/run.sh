#!/usr/bin/env bash
# Side-by-side benchmark of ppl4j and WebPPL 0.9.15 on three models with shared data files:
# beta-bernoulli (100 flips), a 1-D Gaussian HMM (50 steps), Bayesian linear regression
# (100 points), under SMC with 1,000 and 10,000 particles and MH with 10,000 steps (after
# 1,000 burn-in steps). Each run is a whole process (ppl4j through ./ppl run, JVM start
# included; WebPPL through its command line, compilation included). Prints one table: wall
# time of each, their ratio, the ratio with each system's start-up time subtracted (the time
# of a trivial program), and the posterior means of both against the exact answer.
#
# usage: bench/webppl/run.sh [--repeat R]   (the best of R runs per cell; default 1)
#        BENCH_MODELS="coin" BENCH_SIZES="1000" bench/webppl/run.sh   (a subset)
# CPU seconds (user + system of the whole process) are printed beside wall seconds: on a
# machine shared with other work, wall times stretch with the load while CPU times do not.
# needs: java 17+, maven (first ./ppl build), node and npm (WebPPL is installed on first use
# into bench/webppl/node_modules), python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeat=1
if [[ "${1:-}" == "--repeat" ]]; then repeat="$2"; fi

webppl="$here/node_modules/.bin/webppl"
if [[ ! -x "$webppl" ]]; then
  echo "installing webppl@0.9.15 into $here/node_modules ..." >&2
  (cd "$here" && npm install --no-save --no-audit --no-fund --loglevel=error webppl@0.9.15 >&2)
fi
(cd "$root" && ./ppl --version >/dev/null 2>&1 || ./ppl run "$here/ppl/trivial.ppl" >/dev/null)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"

# keys of each model's result
declare -A keys=([coin]="p" [hmm]="x" [linreg]="a b" [trivial]="p")

# webppl_program MODEL INFER_OPTIONS -> path of a generated .wppl with the data inlined
webppl_program() {
  local model="$1" opts="$2" out="$work/$1.$RANDOM.wppl"
  {
    if [[ -f "$here/data/$model.json" ]]; then
      printf 'var data = %s;\n' "$(cat "$here/data/$model.json")"
    fi
    cat "$here/wppl/$model.wppl"
    printf 'var post = Infer(%s, model);\n' "$opts"
    for k in ${keys[$model]}; do
      printf "display('MEAN %s ' + expectation(post, function(v) { return v.%s; }));\n" "$k" "$k"
    done
  } > "$out"
  echo "$out"
}

# best MEASUREMENTS... -> the "wall cpu" pair of least wall time
best() { printf '%s\n' "$@" | sort -n -k1,1 | head -n 1; }

# run_webppl MODEL OPTS -> prints "wall_s cpu_s means"
run_webppl() {
  local prog times=() means
  prog="$(webppl_program "$1" "$2")"
  for ((r = 0; r < repeat; r++)); do
    times+=("$(python3 "$here/data.py" time "$work/out" "$webppl" "$prog" --random-seed 1)")
  done
  means="$(awk '/^MEAN/ {printf "%s=%.4f ", $2, $3}' "$work/out")"
  echo "$(best "${times[@]}") $means"
}

# run_ppl MODEL ARGS... -> prints "wall_s cpu_s means"
run_ppl() {
  local model="$1"; shift
  local data=() times=() means
  if [[ -f "$here/data/$model.json" ]]; then data=(--data "$here/data/$model.json"); fi
  for ((r = 0; r < repeat; r++)); do
    times+=("$(cd "$root" && python3 "$here/data.py" time "$work/out" ./ppl run \
      "$here/ppl/$model.ppl" "${data[@]}" "$@" --seed 1 --format json --quiet)")
  done
  means="$(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(" ".join("%s=%.4f" % (k, v["mean"]) for k, v in s.items()))' "$work/out")"
  echo "$(best "${times[@]}") $means"
}

record() { # model config ppl_result webppl_result
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$results"
}

echo "start-up ..." >&2
record trivial startup "$(run_ppl trivial --method smc --particles 1)" \
  "$(run_webppl trivial "{method: 'SMC', particles: 1}")"

for model in ${BENCH_MODELS:-coin hmm linreg}; do
  for n in ${BENCH_SIZES:-1000 10000}; do
    echo "$model smc $n ..." >&2
    record "$model" "smc $n" "$(run_ppl "$model" --method smc --particles "$n")" \
      "$(run_webppl "$model" "{method: 'SMC', particles: $n}")"
  done
  echo "$model mh 10000 ..." >&2
  record "$model" "mh 10000" \
    "$(run_ppl "$model" --method mh --samples 10000 --warmup 1000 --chains 1)" \
    "$(run_webppl "$model" "{method: 'MCMC', kernel: 'MH', samples: 10000, burn: 1000}")"
done

python3 - "$results" "$(python3 "$here/data.py" exact)" "$(nproc)" "$repeat" <<'PY'
import json, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
exact = json.loads(sys.argv[2])
def parse(cell):
    parts = cell.split()
    return float(parts[0]), float(parts[1]), " ".join(parts[2:])
sp, cp, _ = parse(rows[0][2])
sw, cw, _ = parse(rows[0][3])
print("ppl4j vs WebPPL 0.9.15: whole processes, best wall time of %s run(s), %s cores"
      % (sys.argv[4], sys.argv[3]))
print("start-up (trivial program): ppl4j %.2f s wall / %.2f s CPU, WebPPL %.2f s wall / %.2f s CPU"
      % (sp, cp, sw, cw))
print()
print("| model | method | ppl4j wall s | WebPPL wall s | ratio | ratio minus start-up "
      "| ppl4j CPU s | WebPPL CPU s | CPU ratio | CPU ratio minus start-up "
      "| ppl4j mean | WebPPL mean | exact |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|")
for model, config, p, w in rows[1:]:
    tp, cpp, mp = parse(p)
    tw, cww, mw = parse(w)
    net_p, net_w = tp - sp, tw - sw
    net = "%.1fx" % (net_w / net_p) if net_p > 0.05 and net_w > 0 else "n/a (noise)"
    cnet_p, cnet_w = cpp - cp, cww - cw
    cnet = "%.1fx" % (cnet_w / cnet_p) if cnet_p > 0.05 and cnet_w > 0 else "n/a (noise)"
    ex = " ".join("%s=%.4f" % (k, v) for k, v in exact[model].items())
    print("| %s | %s | %.2f | %.2f | %.1fx | %s | %.2f | %.2f | %.1fx | %s | %s | %s | %s |" % (
        model, config, tp, tw, tw / tp, net, cpp, cww, cww / cpp, cnet, mp, mw, ex))
PY
