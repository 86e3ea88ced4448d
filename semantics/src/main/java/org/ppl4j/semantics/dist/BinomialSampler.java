package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * Binomial variates: sequential inversion when {@code n min(p, 1 - p)} is below
 * {@value #INVERSION_LIMIT}, otherwise Hörmann's transformed rejection with squeeze (BTRS),
 * "The generation of binomial random variates", J. Statist. Comput. Simul. 46, 1993.
 * For {@code p > 1/2} the draw is {@code n - Binomial(n, 1 - p)}.
 */
final class BinomialSampler {
  private static final double INVERSION_LIMIT = 10;

  private BinomialSampler() {}

  /**
   * A binomial draw.
   *
   * @param n trials, &gt;= 0
   * @param p success probability in [0, 1]
   */
  static int draw(Rng rng, int n, double p) {
    if (p > 0.5) {
      return n - draw(rng, n, 1 - p);
    }
    if (n == 0 || p == 0) {
      return 0;
    }
    return n * p < INVERSION_LIMIT ? inversion(rng, n, p) : transformedRejection(rng, n, p);
  }

  private static int inversion(Rng rng, int n, double p) {
    double q = 1 - p;
    double ratio = p / q;
    double scaled = (n + 1) * ratio;
    double start = Math.exp(n * Math.log1p(-p));
    while (true) {
      double u = rng.nextDouble();
      double mass = start;
      int k = 0;
      while (u > mass && k < n) {
        u -= mass;
        k++;
        mass *= scaled / k - ratio;
      }
      if (u <= mass) {
        return k;
      }
      // u exceeded the rounded total mass (probability ~1e-16): redraw.
    }
  }

  private static int transformedRejection(Rng rng, int n, double p) {
    double q = 1 - p;
    double spq = Math.sqrt(n * p * q);
    double b = 1.15 + 2.53 * spq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = n * p + 0.5;
    double acceptAll = 0.92 - 4.2 / b;
    double alpha = (2.83 + 5.1 / b) * spq;
    double logOdds = Math.log(p / q);
    double mode = Math.floor((n + 1) * p);
    double logModeTerm = SpecialFunctions.lgamma(mode + 1) + SpecialFunctions.lgamma(n - mode + 1);
    while (true) {
      double u = OpenUniform.draw(rng) - 0.5;
      double v = OpenUniform.draw(rng);
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + c);
      if (k < 0 || k > n) {
        continue;
      }
      if (us >= 0.07 && v <= acceptAll) {
        return (int) k;
      }
      double logV = Math.log(v * alpha / (a / (us * us) + b));
      double logBound = logModeTerm - SpecialFunctions.lgamma(k + 1)
          - SpecialFunctions.lgamma(n - k + 1) + (k - mode) * logOdds;
      if (logV <= logBound) {
        return (int) k;
      }
    }
  }
}
