#!/usr/bin/env python3
"""Writes data/regression2000.csv: 2,000 rows x 5 predictors for the regression benchmark.

Columns X.1 .. X.5, y, as examples/regression/regression.csv (so the same program,
examples/regression/regression.ppl, reads it). X[i, k] ~ normal(0, 1); y[i] = alpha + X[i] . beta
+ normal(0, 1) with alpha = 0.5, beta = (1.0, -0.5, 0.25, 0.0, 2.0) and noise sd 1 (the model's
fixed sigma). Python standard library only, fixed seed: rerunning it rewrites the same file.
"""
import os
import random

ROWS = 2000
ALPHA = 0.5
BETA = (1.0, -0.5, 0.25, 0.0, 2.0)
SEED = 20261207


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "data", "regression2000.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write(",".join([f"X.{k + 1}" for k in range(len(BETA))] + ["y"]) + "\n")
        for _ in range(ROWS):
            x = [round(rng.gauss(0.0, 1.0), 4) for _ in BETA]
            y = ALPHA + sum(b * v for b, v in zip(BETA, x)) + rng.gauss(0.0, 1.0)
            out.write(",".join(f"{v:.4f}" for v in x + [y]) + "\n")
    print(path)


if __name__ == "__main__":
    main()
