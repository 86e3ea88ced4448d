"""Writes count-log-mass-reference.csv: Poisson and binomial log masses at large counts.

Run: python3 make_count_reference.py > count-log-mass-reference.csv  (mpmath, 50 digits;
the committed file came from mpmath 1.3.0). Columns: family,k,n,p_or_rate,log mass; n is
0 for poisson.
"""
import mpmath

mpmath.mp.dps = 50
rows = [("poisson", k, 0, rate) for rate, ks in [
    (3.5, [0, 4, 12, 40]), (1000.0, [900, 1000, 1001, 1200]),
    (1e6, [998000, 1000000, 1000500]), (123456.789, [123000, 123457, 130000]),
    (1e-3, [0, 1, 15])] for k in ks]
rows += [("binomial", k, n, p) for n, p, ks in [
    (20, 0.3, [0, 6, 14, 20]), (1000, 0.4, [0, 350, 400, 401, 1000]),
    (10_000_000, 0.3, [2_998_000, 3_000_000, 3_001_000]),
    (100_000, 0.999, [99_880, 99_900, 99_990]), (500, 1e-4, [0, 1, 3])] for k in ks]
print("# family,k,n,p_or_rate,log_mass -- mpmath %s, %d digits; see make_count_reference.py"
      % (mpmath.__version__, mpmath.mp.dps))
for family, k, n, param in rows:
    a = mpmath.mpf(param)
    if family == "poisson":
        v = k * mpmath.log(a) - a - mpmath.loggamma(k + 1)
    else:
        v = (mpmath.loggamma(n + 1) - mpmath.loggamma(k + 1) - mpmath.loggamma(n - k + 1)
             + k * mpmath.log(a) + (n - k) * mpmath.log(1 - a))
    print("%s,%d,%d,%r,%s" % (family, k, n, param,
                              mpmath.nstr(v, 25, min_fixed=-1, max_fixed=-1)))
