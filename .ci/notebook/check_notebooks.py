"""Checks executed notebooks (run by .ci/notebook-e2e.sh).

Every notebook must have no error output, and every code cell that holds a program (not only
magic lines) must show a posterior: an HTML summary table and an SVG plot. The numbers of each
example notebook's summary table must match its exact posterior (EXACT below): an exact method
(no ESS) to the table's rounding; a sampling method only when its ESS is at least 400 and its
R-hat (with several chains) at most 1.01, then |mean - exact| <= 4.5 sd / sqrt(ESS) and
|sd - exact sd| <= 4.5 sd sqrt((kurtosis - 1) / (4 ESS)), each widened by the table's rounding
(4 significant digits). Exits 1 naming the notebook and cell otherwise.
"""
import json
import math
import sys

# Exact posteriors: leaf -> (mean, sd, kurtosis) for each example notebook.
EXACT = {
    # Beta(8, 4): 7 heads in 10 flips under a uniform prior; mean 2/3, sd sqrt(32 / 1872),
    # kurtosis 3 - 6/28 (closed forms; SciPy agrees)
    "coin-smc.ipynb": {"p": (2 / 3, 0.1307440900921227, 2.7857142857142856)},
    # by hand (the notebook's own text): P(wet) = 0.44838, P(rain | wet) = 0.16038 / 0.44838,
    # P(sprinkler | wet) = 0.28998 / 0.44838; exact method, so no sd check beyond the mean
    "sprinkler-enumerate.ipynb": {"rain": (0.35768767563227616, None, None),
                                  "sprinkler": (0.6467282215977519, None, None)},
    # quadrature on a 341 x 301 x 331 grid: .ci/notebook/regression_exact.py
    "regression-mh.ipynb": {"a": (0.932113, 0.132968, 3.421),
                            "b": (2.032180, 0.109653, 3.425),
                            "sigma": (0.586836, 0.104940, 4.657)},
    # one entry per program cell (a list): the normal and the Student-t model, by quadrature
    # on a 400 x 400 grid: .ci/notebook/workflow_exact.py
    "workflow.ipynb": [{"mu": (2.520934, 0.435926, 3.243), "sigma": (2.367687, 0.326616, 3.980)},
                       {"mu": (2.072508, 0.186279, 3.309), "sigma": (0.863183, 0.177468, 4.212)}],
}
Z = 4.5
ESS_FLOOR = 400
RHAT_BOUND = 1.01


def rounding(value):
    """Half a unit in the 4th significant digit of a displayed number."""
    if value == 0:
        return 0.0
    return 0.5 * 10 ** (math.floor(math.log10(abs(value))) - 3)


def table_rows(text):
    """The summary table of a text/plain result: leaf -> {column: value or None}."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.split()[:2] == ["mean", "sd"]:
            header = line.split()
            rows = {}
            for row in lines[i + 1:]:
                cells = row.split()
                if len(cells) != len(header) + 1:
                    break
                rows[cells[0]] = {h: (None if c == "-" else float(c))
                                  for h, c in zip(header, cells[1:])}
            return rows
    return {}


def compare(name, rows, shown=0):
    """Problems of the summary table against the exact posterior of notebook `name` (of its
    program cell number `shown`, counting from 0, when EXACT lists one posterior per cell)."""
    problems = []
    exact = EXACT.get(name, {})
    if isinstance(exact, list):
        exact = exact[shown] if shown < len(exact) else {}
    for leaf, (mean, sd, kurtosis) in exact.items():
        row = rows.get(leaf)
        if row is None:
            problems.append(f"no row '{leaf}' in the summary table")
            continue
        got_mean, got_sd, ess, rhat = row["mean"], row["sd"], row.get("ess"), row.get("rhat")
        if ess is None:
            if abs(got_mean - mean) > rounding(got_mean):
                problems.append(f"{leaf}: exact mean {got_mean}, expected {mean:.6g}")
            continue
        if ess < ESS_FLOOR or (rhat is not None and rhat > RHAT_BOUND):
            problems.append(f"{leaf}: ESS {ess} (floor {ESS_FLOOR}), R-hat {rhat} "
                            f"(bound {RHAT_BOUND}): the Monte Carlo error is not trusted")
            continue
        tolerance = Z * sd / math.sqrt(ess) + rounding(got_mean)
        if abs(got_mean - mean) > tolerance:
            problems.append(f"{leaf}: mean {got_mean} vs exact {mean:.6g}, tolerance "
                            f"{tolerance:.4g} (ESS {ess})")
        tolerance = Z * sd * math.sqrt((kurtosis - 1) / (4 * ess)) + rounding(got_sd)
        if abs(got_sd - sd) > tolerance:
            problems.append(f"{leaf}: sd {got_sd} vs exact {sd:.6g}, tolerance "
                            f"{tolerance:.4g} (ESS {ess})")
    return problems


def program_cell(source):
    lines = [l.strip() for l in source.splitlines()]
    return any(l and not l.startswith("%") and not l.startswith("//") for l in lines)


def check(path):
    nb = json.load(open(path))
    name = path.replace("\\", "/").split("/")[-1]
    problems = []
    shown = 0
    compared = False
    for index, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        outputs = cell.get("outputs", [])
        for out in outputs:
            if out["output_type"] == "error":
                problems.append(f"cell {index}: error {out.get('evalue', '')!r}")
        if not program_cell(source):
            continue
        data = {}
        for out in outputs:
            data.update(out.get("data", {}))
        html = "".join(data.get("text/html", ""))
        if "<table" not in html or "mean" not in html:
            problems.append(f"cell {index}: no summary table in text/html")
        if "<svg" not in "".join(data.get("image/svg+xml", "")):
            problems.append(f"cell {index}: no image/svg+xml plot")
        if "text/plain" not in data:
            problems.append(f"cell {index}: no text/plain fallback")
        rows = table_rows("".join(data.get("text/plain", "")))
        if rows and name in EXACT:
            problems += [f"cell {index}: {p}" for p in compare(name, rows, shown)]
            compared = True
        shown += 1
    if shown == 0:
        problems.append("no program cell")
    if name in EXACT and not compared:
        problems.append("no summary table to compare with the exact posterior")
    if name not in EXACT:
        problems.append("no exact posterior in check_notebooks.py's EXACT for this notebook")
    return problems


def run(check_one, paths):
    """Checks each notebook with check_one (a list of problems); exits 1 if any has one."""
    failed = False
    for path in paths:
        problems = check_one(path)
        for p in problems:
            print(f"{path}: {p}")
        failed = failed or bool(problems)
        if not problems:
            print(f"{path}: ok")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    run(check, sys.argv[1:])
