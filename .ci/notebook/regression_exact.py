"""The exact posterior moments of examples/notebooks/regression-mh.ipynb, by quadrature.

a, b ~ N(0, 2^2), sigma ~ half-normal(1), ys[i] ~ N(a + b xs[i], sigma) on regression.json: the
unnormalised posterior on a 341 x 301 x 331 midpoint grid over a in [0.1, 1.8], b in [1.3, 2.8],
sigma in [0.15, 1.8] (each at least 5.5 posterior sd from the mode; a grid of half the
resolution agrees to 1e-4). Prints the mean, sd and kurtosis of each parameter; the values are
copied into check_notebooks.py's EXACT table. Needs numpy. Run: python3 regression_exact.py
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(HERE, "../../examples/notebooks/regression.json")))
x = np.array(data["xs"])
y = np.array(data["ys"])
a = np.linspace(0.1, 1.8, 341)
b = np.linspace(1.3, 2.8, 301)
s = np.linspace(0.15, 1.8, 331)
A, B = np.meshgrid(a, b, indexing="ij")
residuals = ((y[None, None, :] - (A[..., None] + B[..., None] * x[None, None, :])) ** 2).sum(-1)
log_post = ((-A ** 2 / 8 - B ** 2 / 8)[..., None] + (-s ** 2 / 2)[None, None, :]
            - len(x) * np.log(s)[None, None, :] - residuals[..., None] / (2 * s[None, None, :] ** 2))
w = np.exp(log_post - log_post.max())
w /= w.sum()
for name, grid in [("a", A[..., None] + 0 * s), ("b", B[..., None] + 0 * s),
                   ("sigma", s[None, None, :] + 0 * A[..., None])]:
    mean = (w * grid).sum()
    sd = np.sqrt((w * (grid - mean) ** 2).sum())
    kurtosis = (w * (grid - mean) ** 4).sum() / sd ** 4
    print(f"{name}: mean {mean:.6f}, sd {sd:.6f}, kurtosis {kurtosis:.3f}")
