"""Checks executed notebooks (run by .ci/notebook-e2e.sh).

Every notebook must have no error output, and every code cell that holds a program (not only
magic lines) must show a posterior: an HTML summary table and an SVG plot. Exits 1 naming the
notebook and cell otherwise.
"""
import json
import sys


def program_cell(source):
    lines = [l.strip() for l in source.splitlines()]
    return any(l and not l.startswith("%") and not l.startswith("//") for l in lines)


def check(path):
    nb = json.load(open(path))
    problems = []
    shown = 0
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
        shown += 1
    if shown == 0:
        problems.append("no program cell")
    return problems


def main(paths):
    failed = False
    for path in paths:
        problems = check(path)
        for p in problems:
            print(f"{path}: {p}")
        failed = failed or bool(problems)
        if not problems:
            print(f"{path}: ok")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
