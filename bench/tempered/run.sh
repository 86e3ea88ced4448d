#!/usr/bin/env bash
# Tempered SMC and random-walk MH on the golf putting model (examples/golf: a, b ~ N(0, 1);
# y_i ~ Binomial(n_i, logistic(a + b x_i)); exact log evidence -191.93220, a = 2.22473 +- 0.05828
# from a 2-D grid, see /work/shared/reference/workloads/README.md of the project's reference data).
#   1. --method tempered --particles 2000 over seeds 1..10, for each --move in $MOVES (default
#      "rw mala hmc"): log evidence, time and acceptance per seed, then the median log
#      evidence, its error, the RMS error and the median time.
#   2. --method mh --proposal rw, 4 chains x (2,000 + 20,000): bulk ESS and R-hat of a and b.
# Usage: [MOVES='rw mala'] bench/tempered/run.sh [SEEDS]   (prints Markdown tables; needs python3 for the JSON)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
seeds="${1:-10}"
ppl="$root/ppl"
prog="$root/examples/golf/golf.ppl"
data="$root/examples/golf/golf.json"
exact=-191.93220
"$ppl" --version >/dev/null   # builds runner/target/ppl.jar when sources changed
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
for move in ${MOVES:-rw mala hmc}; do
echo "--move $move"
echo
echo "| seed | log evidence | error | inference s | process s | acceptance |"
echo "|---|---|---|---|---|---|"
for seed in $(seq 1 "$seeds"); do
  start=$(date +%s.%N)
  "$ppl" run "$prog" --data "$data" --method tempered --particles 2000 --seed "$seed" \
    --move "$move" --format json --diagnostics --quiet > "$tmp/$move-$seed.json"
  end=$(date +%s.%N)
  python3 - "$tmp/$move-$seed.json" "$seed" "$exact" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
z = r["log_evidence"]
print(f"| {sys.argv[2]} | {z:.3f} | {z - float(sys.argv[3]):+.3f} | {r['time_s']:.2f} "
      f"| {float(sys.argv[5]) - float(sys.argv[4]):.2f} | {r.get('acceptance_rate', 0):.3f} |")
PY
done
python3 - "$exact" "$move" "$tmp"/"$move"-*.json <<'PY'
import json, math, statistics, sys
exact = float(sys.argv[1])
runs = [json.load(open(f)) for f in sys.argv[3:]]
z = statistics.median(r["log_evidence"] for r in runs)
rms = math.sqrt(statistics.mean((r["log_evidence"] - exact) ** 2 for r in runs))
t = statistics.median(r["time_s"] for r in runs)
print()
print(f"tempered --move {sys.argv[2]}, 2000 particles, {len(runs)} seeds: median log evidence "
      f"{z:.3f} (error {z - exact:+.3f}, RMS error {rms:.3f}), median inference time {t:.2f} s")
print()
PY
done

echo
start=$(date +%s.%N)
"$ppl" run "$prog" --data "$data" --method mh --proposal rw --chains 4 --warmup 2000 \
  --samples 20000 --seed 1 --format json --diagnostics --quiet > "$tmp/mh.json"
end=$(date +%s.%N)
python3 - "$tmp/mh.json" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("| mh --proposal rw, 4 x (2000 + 20000) | mean | sd | bulk ESS | R-hat |")
print("|---|---|---|---|---|")
for leaf in ("a", "b"):
    s = r["summary"][leaf]
    print(f"| {leaf} | {s['mean']:.5f} | {s['sd']:.5f} | {s['ess']:.0f} | {s['rhat']:.4f} |")
print()
print(f"acceptance rate {r['acceptance_rate']:.3f}, inference {r['time_s']:.2f} s, "
      f"process {float(sys.argv[3]) - float(sys.argv[2]):.2f} s")
PY
