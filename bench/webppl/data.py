#!/usr/bin/env python3
"""Fixed synthetic data for the WebPPL comparison, and the exact posterior means.

  python3 data.py generate   # (re)writes data/*.json from fixed seeds
  python3 data.py exact      # prints the exact posterior means as JSON
  python3 data.py time OUT CMD...   # runs CMD (stdout to OUT), prints "wall_s cpu_s"

coin:   p ~ beta(1, 1); 100 flips ~ bernoulli(p)           -> exact beta posterior
hmm:    x0 ~ normal(0, 1); x_t ~ normal(x_{t-1}, 1); y_t ~ normal(x_t, 1), t = 1..50
        returns x_50                                        -> exact by the Kalman filter
linreg: a, b ~ normal(0, 10); y_i ~ normal(a + b x_i, 1), 100 points
                                                            -> exact Gaussian posterior
"""
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def generate():
    rng = random.Random(20261127)
    flips = [rng.random() < 0.7 for _ in range(100)]
    x = rng.gauss(0, 1)
    ys = []
    for _ in range(50):
        x = x + rng.gauss(0, 1)
        ys.append(round(x + rng.gauss(0, 1), 6))
    xs = [round(rng.uniform(-2, 2), 6) for _ in range(100)]
    lys = [round(1.5 + 0.8 * xi + rng.gauss(0, 1), 6) for xi in xs]
    write("coin.json", {"flips": flips})
    write("hmm.json", {"ys": ys})
    write("linreg.json", {"xs": xs, "ys": lys})


def write(name, obj):
    with open(os.path.join(HERE, "data", name), "w") as f:
        json.dump(obj, f)
        f.write("\n")


def read(name):
    with open(os.path.join(HERE, "data", name)) as f:
        return json.load(f)


def exact():
    flips = read("coin.json")["flips"]
    heads = sum(1 for f in flips if f)
    coin = (1 + heads) / (2 + len(flips))
    m, v = 0.0, 1.0
    for y in read("hmm.json")["ys"]:
        vp = v + 1.0
        k = vp / (vp + 1.0)
        m, v = m + k * (y - m), (1 - k) * vp
    d = read("linreg.json")
    xs, ys = d["xs"], d["ys"]
    # precision = I / 100 + X^T X (noise sd 1); mean = precision^-1 X^T y
    p00 = 0.01 + len(xs)
    p01 = sum(xs)
    p11 = 0.01 + sum(x * x for x in xs)
    r0 = sum(ys)
    r1 = sum(x * y for x, y in zip(xs, ys))
    det = p00 * p11 - p01 * p01
    a = (p11 * r0 - p01 * r1) / det
    b = (p00 * r1 - p01 * r0) / det
    print(json.dumps({"coin": {"p": coin}, "hmm": {"x": m}, "linreg": {"a": a, "b": b}}))


def time_command():
    import resource
    import subprocess
    import time
    out, cmd = sys.argv[2], sys.argv[3:]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(out, "w") as f:
        subprocess.run(cmd, stdout=f, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print("%.3f %.3f" % (wall, cpu))


if __name__ == "__main__":
    {"generate": generate, "exact": exact, "time": time_command}[sys.argv[1]]()
