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

now() { date +%s.%N; }

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

# run_webppl MODEL OPTS -> prints "seconds means"
run_webppl() {
  local prog best="" means=""
  prog="$(webppl_program "$1" "$2")"
  for ((r = 0; r < repeat; r++)); do
    local t0 t1 out
    t0="$(now)"
    out="$("$webppl" "$prog" --random-seed 1)"
    t1="$(now)"
    local t; t="$(python3 -c "print($t1 - $t0)")"
    if [[ -z "$best" ]] || python3 -c "import sys; sys.exit(0 if $t < $best else 1)"; then best="$t"; fi
    means="$(echo "$out" | awk '/^MEAN/ {printf "%s=%.4f ", $2, $3}')"
  done
  echo "$best $means"
}

# run_ppl MODEL ARGS... -> prints "seconds means"
run_ppl() {
  local model="$1"; shift
  local data=() best="" means=""
  if [[ -f "$here/data/$model.json" ]]; then data=(--data "$here/data/$model.json"); fi
  for ((r = 0; r < repeat; r++)); do
    local t0 t1 out
    t0="$(now)"
    out="$(cd "$root" && ./ppl run "$here/ppl/$model.ppl" "${data[@]}" "$@" --seed 1 --format json --quiet)"
    t1="$(now)"
    local t; t="$(python3 -c "print($t1 - $t0)")"
    if [[ -z "$best" ]] || python3 -c "import sys; sys.exit(0 if $t < $best else 1)"; then best="$t"; fi
    means="$(echo "$out" | python3 -c '
import json, sys
s = json.load(sys.stdin)["summary"]
print(" ".join("%s=%.4f" % (k, v["mean"]) for k, v in s.items()))')"
  done
  echo "$best $means"
}

record() { # model config ppl_result webppl_result
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$results"
}

echo "start-up ..." >&2
record trivial startup "$(run_ppl trivial --method smc --particles 1)" \
  "$(run_webppl trivial "{method: 'SMC', particles: 1}")"

for model in coin hmm linreg; do
  for n in 1000 10000; do
    echo "$model smc $n ..." >&2
    record "$model" "smc $n" "$(run_ppl "$model" --method smc --particles "$n")" \
      "$(run_webppl "$model" "{method: 'SMC', particles: $n}")"
  done
  echo "$model mh 10000 ..." >&2
  record "$model" "mh 10000" \
    "$(run_ppl "$model" --method mh --samples 10000 --warmup 1000 --chains 1)" \
    "$(run_webppl "$model" "{method: 'MCMC', kernel: 'MH', samples: 10000, burn: 1000}")"
done

python3 - "$results" "$(python3 "$here/data.py" exact)" "$(nproc)" <<'PY'
import json, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
exact = json.loads(sys.argv[2])
def parse(cell):
    parts = cell.split()
    return float(parts[0]), " ".join(parts[1:])
start_ppl, _ = parse(rows[0][2])
start_wppl, _ = parse(rows[0][3])
print("ppl4j vs WebPPL 0.9.15 (wall seconds, whole process, best of runs; %s cores)" % sys.argv[3])
print("start-up (trivial program): ppl4j %.2f s, WebPPL %.2f s" % (start_ppl, start_wppl))
print()
print("| model | method | ppl4j s | WebPPL s | ratio | ratio minus start-up | ppl4j mean | WebPPL mean | exact |")
print("|---|---|---:|---:|---:|---:|---|---|---|")
for model, config, p, w in rows[1:]:
    tp, mp = parse(p)
    tw, mw = parse(w)
    ratio = tw / tp
    net_p = max(tp - start_ppl, 0.005)
    net_w = max(tw - start_wppl, 0.0)
    ex = " ".join("%s=%.4f" % (k, v) for k, v in exact[model].items())
    print("| %s | %s | %.2f | %.2f | %.1fx | %.1fx | %s | %s | %s |" % (
        model, config, tp, tw, ratio, net_w / net_p, mp, mw, ex))
PY
