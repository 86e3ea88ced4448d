#!/usr/bin/env bash
# The random-walk particle filter (T = 300) by ppl4j's smc, batched and per particle, beside a
# vectorised NumPy filter with the same resampling rule, in one run on this machine.
# usage: bench/particles/run.sh [THREADS] [REPEATS] [SEEDS]   (defaults: all cores, 3, 10)
# Prints a table: particle-steps per second (runner time: inference only, best of REPEATS
# after a warm-up), the ratio to NumPy, and the log-evidence error against the Kalman filter
# (mean ± standard error over SEEDS seeds). NumPy comes from Debian (python3-numpy) and is
# installed on first use when missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${1:-$(nproc)}"
repeats="${2:-3}"
seeds="${3:-10}"
sizes=(100 1000 10000 100000 1000000)
if ! python3 -c 'import numpy' 2>/dev/null; then
  echo "installing python3-numpy (Debian)..." >&2
  apt-get install -y -q python3-numpy >/dev/null
fi
(cd "$root" && ./ppl --version >/dev/null)
out="$(mktemp)"
java -Xmx4g -XX:+UseParallelGC -cp "$root/runner/target/ppl.jar" "$here/Particles.java" "$here" \
  "$threads" "$repeats" "$seeds" "${sizes[@]}" >"$out"
python3 "$here/numpy_filter.py" "$here/random_walk.json" "$repeats" "$seeds" "${sizes[@]}" >>"$out"
echo "random walk, T = 300, exact log evidence -435.9453 (Kalman); $(nproc) cores, ppl4j on $threads threads, NumPy $(python3 -c 'import numpy; print(numpy.__version__)') on one; $(date -u +%Y-%m-%d)"
echo
echo "| N | path | best s | M particle-steps/s | NumPy M/s | NumPy / ppl4j | log Z error (mean ± se) | JVM heap MB |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
awk -F'\t' '
  $1 == "numpy" { np[$2] = $4; npe[$2] = sprintf("%+.3f ± %.3f", $5, $6) }
  $1 != "numpy" { row[++k] = $0 }
  END {
    for (i = 1; i <= k; i++) {
      split(row[i], f, "\t")
      printf "| %d | %s | %.3f | %.1f | %.1f | %.1fx | %+.3f ± %.3f | %d |\n", f[2], f[1], f[3], f[4], np[f[2]], np[f[2]] / f[4], f[5], f[6], f[7]
    }
    for (n in npe) printf "| %d | numpy | | | %.1f | 1.0x | %s | |\n", n, np[n], npe[n]
  }' "$out" | sort -t'|' -k2,2n -s
rm -f "$out"
