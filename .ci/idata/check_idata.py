"""Checks a --idata Zarr store against the same run's --draws files and JSON summary (issue 19).

Usage: check_idata.py WORK DATA.csv
  WORK holds out.zarr, draws_1.csv ... (CmdStan, one per chain), draws_predict.csv and
  summary.json from one `ppl run --method nuts --predict --draws WORK/draws.csv --format json
  --idata WORK/out.zarr`; DATA.csv is the run's data (its y column is the observed data).
Opens every group with xarray (xr.open_zarr, as ArviZ's from_zarr does), checks dimensions,
shapes, types and values; exits 1 with a message on the first mismatch.
"""
import csv
import glob
import json
import os
import sys

import numpy as np
import xarray as xr
import zarr

GROUPS = ["posterior", "sample_stats", "log_likelihood", "posterior_predictive", "observed_data"]


def fail(message):
    print("check_idata: FAILED: " + message)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def cmdstan_columns(path):
    with open(path) as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#"))]
    header, body = rows[0], rows[1:]
    return {name: np.array([float(r[k]) for r in body]) for k, name in enumerate(header)}


def csv_columns(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    return {name: np.array([float(r[k]) for r in body]) for k, name in enumerate(header)}


def main(work, data_csv):
    store = os.path.join(work, "out.zarr")
    root = zarr.open_consolidated(store, mode="r")
    expect(sorted(root.group_keys()) == sorted(GROUPS),
           "groups " + str(sorted(root.group_keys())))
    groups = {g: xr.open_zarr(store, group=g) for g in GROUPS}
    chains = [cmdstan_columns(p) for p in sorted(glob.glob(os.path.join(work, "draws_[0-9]*.csv")))]
    n_chain, n_draw = len(chains), len(chains[0]["lp__"])
    expect(n_chain == 2, "two chains expected, found %d draws files" % n_chain)
    summary = json.load(open(os.path.join(work, "summary.json")))["summary"]

    post = groups["posterior"]
    expect(dict(post.sizes) == {"chain": n_chain, "draw": n_draw, "beta_dim_0": 5},
           "posterior sizes " + str(dict(post.sizes)))
    expect(post["beta"].dims == ("chain", "draw", "beta_dim_0"), "beta dims " + str(post["beta"].dims))
    expect(list(post["chain"].values) == list(range(n_chain)), "chain coordinate")
    expect(list(post["draw"].values) == list(range(n_draw)), "draw coordinate")
    expect(list(post["beta_dim_0"].values) == list(range(5)), "beta_dim_0 coordinate")
    for c in range(n_chain):
        expect(np.array_equal(post["alpha"].values[c], chains[c]["alpha"]), "alpha, chain %d" % c)
        for k in range(5):
            expect(np.array_equal(post["beta"].values[c, :, k], chains[c]["beta.%d" % (k + 1)]),
                   "beta[%d], chain %d" % (k, c))
    for name, values in [("alpha", post["alpha"].values)] + [
            ("beta[%d]" % k, post["beta"].values[:, :, k]) for k in range(5)]:
        expect(abs(values.mean() - summary[name]["mean"]) <= 1e-12 * (1 + abs(values.mean())),
               "mean of %s: %r vs summary %r" % (name, values.mean(), summary[name]["mean"]))

    stats = groups["sample_stats"]
    columns = {"lp": "lp__", "acceptance_rate": "accept_stat__", "step_size": "stepsize__",
               "tree_depth": "treedepth__", "n_steps": "n_leapfrog__",
               "diverging": "divergent__", "energy": "energy__"}
    expect(sorted(stats.data_vars) == sorted(columns), "sample_stats " + str(list(stats.data_vars)))
    expect(stats["diverging"].dtype == bool and stats["tree_depth"].dtype == np.int64,
           "sample_stats types")
    for name, column in columns.items():
        expect(stats[name].dims == ("chain", "draw"), name + " dims")
        for c in range(n_chain):
            # CmdStan CSV writes reals to 6 significant digits except lp__ and the draws
            expect(np.allclose(stats[name].values[c].astype(float), chains[c][column],
                               rtol=1e-5, atol=1e-12), "%s vs %s, chain %d" % (name, column, c))

    predict = csv_columns(os.path.join(work, "draws_predict.csv"))
    with open(data_csv) as f:
        observed = np.array([float(r["y"]) for r in csv.DictReader(f)])
    n = len(observed)
    for group, prefix in [("posterior_predictive", "rep.y"), ("log_likelihood", "log_lik.y")]:
        ds = groups[group]
        expect(dict(ds.sizes) == {"chain": n_chain, "draw": n_draw, "y_dim_0": n},
               group + " sizes " + str(dict(ds.sizes)))
        expect(ds["y"].dims == ("chain", "draw", "y_dim_0"), group + " dims")
        for c in range(n_chain):
            rows = predict["chain"] == c
            for i in range(n):
                expect(np.array_equal(ds["y"].values[c, :, i], predict["%s[%d]" % (prefix, i)][rows]),
                       "%s y[%d], chain %d" % (group, i, c))
    obs = groups["observed_data"]
    expect(dict(obs.sizes) == {"y_dim_0": n}, "observed_data sizes " + str(dict(obs.sizes)))
    expect(np.array_equal(obs["y"].values, observed), "observed_data y")
    print("check_idata: %d groups, %d chains x %d draws, %d observations: OK"
          % (len(GROUPS), n_chain, n_draw, n))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
