"""Checks the executed Java-kernel notebook examples/notebooks/java/coin-java-and-ppl.ipynb (run by
.ci/java-kernel-e2e.sh).

No cell may show an error; the Java posterior (an expression cell) and the %%ppl cell must each
show an HTML summary table and an SVG plot; the last cell's printed means must agree with the
exact posterior Beta(8, 4) (mean 2/3, sd 0.1307) within 4.5 Monte Carlo standard errors:
sd / sqrt(4000) for the 4000 exact rejection draws (seed 1), sd / sqrt(ESS) for importance
sampling (seed 1), with ESS the run's effective sample size (the delta-method variance of a
self-normalised estimate). Exits 1 naming the notebook and cell otherwise.
"""
import json
import math
import sys

import check_notebooks  # the same driver: one line per notebook, exit 1 on any problem

EXACT_MEAN = 8 / 12
EXACT_SD = math.sqrt(8 * 4 / (12 ** 2 * 13))
Z = 4.5


def shows_posterior(outputs):
    data = {}
    for out in outputs:
        data.update(out.get("data", {}))
    html = "".join(data.get("text/html", ""))
    svg = "".join(data.get("image/svg+xml", ""))
    return "<table" in html and "mean" in html and "<svg" in svg


def check(path):
    nb = json.load(open(path))
    problems = []
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    for index, cell in enumerate(code):
        for out in cell.get("outputs", []):
            if out["output_type"] == "error":
                problems.append(f"code cell {index}: error {out.get('evalue', '')!r} "
                                + "\n".join(out.get("traceback", [])))
    sources = ["".join(c["source"]) for c in code]
    java = [c for c, s in zip(code, sources) if s.rstrip().endswith("\nfromJava")]
    ppl = [c for c, s in zip(code, sources) if s.startswith("%%ppl")]
    if not java or not shows_posterior(java[0].get("outputs", [])):
        problems.append("the Java posterior cell shows no summary table and SVG")
    if not ppl or not shows_posterior(ppl[0].get("outputs", [])):
        problems.append("the %%ppl cell shows no summary table and SVG")
    printed = "".join("".join(o.get("text", "")) for o in code[-1].get("outputs", [])
                      if o["output_type"] == "stream")
    rows = {" ".join(line.split()[:2]): line.split()[2:] for line in printed.splitlines()}
    try:
        java_mean = float(rows["java rejection"][0])
        ppl_mean, ess = float(rows["ppl importance"][0]), float(rows["ppl importance"][2])
    except (KeyError, IndexError, ValueError):
        return problems + [f"last cell: cannot read the means from {printed!r}"]
    for name, mean, n in [("java rejection", java_mean, 4000), ("ppl importance", ppl_mean, ess)]:
        tolerance = Z * EXACT_SD / math.sqrt(n)
        z = (mean - EXACT_MEAN) / (EXACT_SD / math.sqrt(n))
        print(f"{path}: {name}: mean {mean:.5f}, exact {EXACT_MEAN:.5f}, n {n:.0f}, z {z:+.2f}")
        if abs(mean - EXACT_MEAN) > tolerance:
            problems.append(f"{name}: mean {mean} is not within {tolerance:.4f} of {EXACT_MEAN}")
    return problems


if __name__ == "__main__":
    check_notebooks.run(check, sys.argv[1:])
