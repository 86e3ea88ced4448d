#!/usr/bin/env bash
# Accuracy of org.ppl4j.semantics.math.SpecialFunctions against mpmath (40 digits) at 3000
# random points: 1500 log-uniform on (1e-8, 1e8) and 1500 uniform on (0.5, 3), seed 1.
# Prints the worst relative error of lgamma, and of digamma and logBeta (relative, absolute
# where the value is below 1). Needs python3 with mpmath.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o compile -pl semantics
work=$(mktemp -d)
python3 - "$work/xs.txt" <<'PY'
import random, sys
random.seed(1)
xs = [10 ** random.uniform(-8, 8) for _ in range(1500)] + [random.uniform(0.5, 3) for _ in range(1500)]
open(sys.argv[1], "w").write("\n".join(repr(x) for x in xs))
PY
java -cp semantics/target/classes bench/special-functions/AccuracyDump.java "$work/xs.txt" > "$work/out.txt"
python3 - "$work/out.txt" <<'PY'
import sys, mpmath
mpmath.mp.dps = 40
names = ["lgamma", "digamma", "logBeta(x, 3.7)"]
worst = [0.0] * 3
where = [None] * 3
for line in open(sys.argv[1]):
    s, *values = line.split()
    x = mpmath.mpf(float(s))
    refs = [mpmath.loggamma(x), mpmath.digamma(x), mpmath.log(mpmath.beta(x, mpmath.mpf(3.7)))]
    for i, (v, r) in enumerate(zip(values, refs)):
        floor = mpmath.mpf(1e-300) if i == 0 else mpmath.mpf(1)
        e = float(abs(mpmath.mpf(float(v)) - r) / max(abs(r), floor))
        if e > worst[i]:
            worst[i], where[i] = e, s
print("| function | worst relative error | at x |")
print("|---|---|---|")
for n, w, x in zip(names, worst, where):
    print("| %s | %.2e | %s |" % (n, w, x))
PY
rm -rf "$work"
