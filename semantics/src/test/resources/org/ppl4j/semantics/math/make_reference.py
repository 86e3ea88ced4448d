"""Writes special-function-reference.csv: lgamma and digamma at 40 significant digits.

Run: python3 make_reference.py > special-function-reference.csv  (needs mpmath; values in
the committed file came from mpmath 1.3.0). Arguments are the doubles printed with repr, so
Java parses exactly the double that mpmath evaluated.
"""
import mpmath

mpmath.mp.dps = 40
args = [1e-300, 1e-10, 9.223514769596302e-07, 1e-4, 0.0017627473046629158, 0.1, 0.25, 0.5,
        0.75, 0.999999999999, 1.0, 1.000000000001, 1.25, 1.4616321449683622, 1.5,
        1.999999999, 2.0, 2.000000001, 2.5, 3.0, 3.7, 7.5, 9.999999, 10.0, 15.25, 49.0, 100.0,
        171.5, 1e5 + 0.25, 3.3e7, 1e15, 1e300]
print("# x,lgamma(x),digamma(x) -- mpmath %s, %d digits; see make_reference.py"
      % (mpmath.__version__, mpmath.mp.dps))
for x in args:
    m = mpmath.mpf(x)
    print("%r,%s,%s" % (x, mpmath.nstr(mpmath.loggamma(m), 25, min_fixed=-1, max_fixed=-1),
                        mpmath.nstr(mpmath.digamma(m), 25, min_fixed=-1, max_fixed=-1)))
