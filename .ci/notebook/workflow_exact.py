"""Exact posteriors of examples/notebooks/workflow.ipynb's two models, by quadrature.

mu ~ normal(0, 10), sigma ~ half_normal(5); ys ~ normal(mu, sigma) (cell 4) or
ys ~ student_t(3, mu, sigma) (cell 6), ys from examples/notebooks/workflow.json. A midpoint rule
on a 400 x 400 grid over mu x sigma covering +-10 posterior sds (ranges below) gives each
parameter's mean, sd and kurtosis; doubling the grid changes no printed digit. Prints the
EXACT entry of check_notebooks.py. Run: /usr/bin/python3 .ci/notebook/workflow_exact.py
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
YS = json.load(open(os.path.join(HERE, "../../examples/notebooks/workflow.json")))["ys"]
N = 400


def normal_lpdf(y, mu, sigma):
    z = (y - mu) / sigma
    return -0.5 * z * z - math.log(sigma) - 0.5 * math.log(2 * math.pi)


def student3_lpdf(y, mu, sigma):
    nu = 3.0
    z = (y - mu) / sigma
    return (math.lgamma((nu + 1) / 2) - math.lgamma(nu / 2) - 0.5 * math.log(nu * math.pi)
            - math.log(sigma) - (nu + 1) / 2 * math.log1p(z * z / nu))


def moments(lpdf, mu_range, sigma_range):
    mus = [mu_range[0] + (i + 0.5) * (mu_range[1] - mu_range[0]) / N for i in range(N)]
    sigmas = [sigma_range[0] + (j + 0.5) * (sigma_range[1] - sigma_range[0]) / N
              for j in range(N)]
    logp = []
    for mu in mus:
        row = []
        for s in sigmas:
            lp = normal_lpdf(mu, 0, 10) + normal_lpdf(s, 0, 5)
            lp += sum(lpdf(y, mu, s) for y in YS)
            row.append(lp)
        logp.append(row)
    top = max(max(r) for r in logp)
    w = [[math.exp(v - top) for v in r] for r in logp]
    total = sum(sum(r) for r in w)
    out = {}
    for name, value in (("mu", lambda i, j: mus[i]), ("sigma", lambda i, j: sigmas[j])):
        m = [0.0] * 5
        for i in range(N):
            for j in range(N):
                x = value(i, j)
                p = w[i][j] / total
                m[1] += p * x
        mean = m[1]
        for i in range(N):
            for j in range(N):
                d = value(i, j) - mean
                p = w[i][j] / total
                m[2] += p * d * d
                m[4] += p * d ** 4
        out[name] = (mean, math.sqrt(m[2]), m[4] / (m[2] * m[2]))
    return out


if __name__ == "__main__":
    print("normal", moments(normal_lpdf, (-2.0, 7.0), (0.9, 5.5)))
    print("student", moments(student3_lpdf, (0.2, 3.9), (0.2, 2.8)))
