"""Bootstrap particle filter of the random walk, vectorised with NumPy (bench/particles).

The same model as random_walk.ppl (v0 ~ N(0,1), v_t ~ N(v_{t-1}, q_sd), y_t ~ N(v_t, r_sd)) and
the same resampling rule as ppl4j's default SMC: systematic resampling when the Kish ESS falls
below N/2, checked after every observation. Prints, per N, tab-separated: numpy, N, best wall
seconds of REPEATS, million particle-steps/s, mean log-evidence error against the Kalman answer
and its standard error over SEEDS seeds.

usage: python3 numpy_filter.py DATA.json REPEATS SEEDS N...
"""
import json
import math
import sys
import time

import numpy as np

EXACT = -435.9453


def log_evidence(y, q_sd, r_sd, n, rng):
    log_w = np.full(n, -math.log(n))
    log_z = 0.0
    v = None
    norm = -0.5 * math.log(2 * math.pi) - math.log(r_sd)
    for t in range(len(y)):
        v = rng.standard_normal(n) if v is None else v + q_sd * rng.standard_normal(n)
        log_w += norm - 0.5 * ((y[t] - v) / r_sd) ** 2
        m = log_w.max()
        w = np.exp(log_w - m)
        total = w.sum()
        ess = total * total / (w * w).sum()
        if ess < 0.5 * n:
            log_total = m + math.log(total)
            positions = (rng.random() + np.arange(n)) / n
            idx = np.searchsorted(np.cumsum(w / total), positions)
            np.minimum(idx, n - 1, out=idx)
            v = v[idx]
            log_w = np.full(n, log_total - math.log(n))
    m = log_w.max()
    return log_z + m + math.log(np.exp(log_w - m).sum())


def main():
    data = json.load(open(sys.argv[1]))
    y, q_sd, r_sd = np.array(data["y"]), data["q_sd"], data["r_sd"]
    repeats, seeds = int(sys.argv[2]), int(sys.argv[3])
    for n in map(int, sys.argv[4:]):
        log_evidence(y, q_sd, r_sd, n, np.random.default_rng(1000))
        best = math.inf
        for r in range(repeats):
            t0 = time.perf_counter()
            log_evidence(y, q_sd, r_sd, n, np.random.default_rng(2000 + r))
            best = min(best, time.perf_counter() - t0)
        errors = [log_evidence(y, q_sd, r_sd, n, np.random.default_rng(s + 1)) - EXACT
                  for s in range(seeds)]
        mean = sum(errors) / seeds
        se = (math.sqrt(sum((e - mean) ** 2 for e in errors) / (seeds - 1) / seeds)
              if seeds > 1 else 0.0)
        print(f"numpy\t{n}\t{best:.4f}\t{n * len(y) / best / 1e6:.1f}\t{mean:.4f}\t{se:.4f}\t0")


if __name__ == "__main__":
    main()
