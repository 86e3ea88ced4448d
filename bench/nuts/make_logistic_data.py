"""Writes logistic_regression.json: a synthetic logistic regression with N = 1000 rows and
K = 10 standard-normal predictors, alpha = 0.5, beta_k = (k - 4.5) / 5, y ~ Bernoulli(logistic(
alpha + x . beta)). numpy's PCG64 with seed 20261127; rerun to regenerate the committed file."""
import json
import numpy as np

rng = np.random.default_rng(20261127)
n, k = 1000, 10
x = rng.standard_normal((n, k))
alpha = 0.5
beta = (np.arange(k) - 4.5) / 5
p = 1 / (1 + np.exp(-(alpha + x @ beta)))
y = rng.random(n) < p
with open("logistic_regression.json", "w") as f:
    json.dump({"N": n, "K": k, "x": [[round(float(v), 6) for v in row] for row in x],
               "y": [bool(v) for v in y]}, f)
    f.write("\n")
