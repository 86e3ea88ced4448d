package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * Poisson variates: sequential inversion for rates below {@value #INVERSION_LIMIT}, otherwise
 * Hörmann's transformed rejection with squeeze (PTRS), "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993.
 */
final class PoissonSampler {
  private static final double INVERSION_LIMIT = 10;

  private PoissonSampler() {}

  /**
   * A Poisson draw.
   *
   * @param rate mean, &gt;= 0 and finite
   */
  static long draw(Rng rng, double rate) {
    if (rate == 0) {
      return 0;
    }
    return rate < INVERSION_LIMIT ? inversion(rng, rate) : transformedRejection(rng, rate);
  }

  private static long inversion(Rng rng, double rate) {
    while (true) {
      double u = rng.nextDouble();
      double mass = Math.exp(-rate);
      double cumulative = mass;
      long k = 0;
      while (u > cumulative && mass > 0) {
        k++;
        mass *= rate / k;
        cumulative += mass;
      }
      if (u <= cumulative) {
        return k;
      }
      // u fell in the rounding gap of the cumulative sum (probability ~1e-16): redraw.
    }
  }

  private static long transformedRejection(Rng rng, double rate) {
    double logRate = Math.log(rate);
    double b = 0.931 + 2.53 * Math.sqrt(rate);
    double a = -0.059 + 0.02483 * b;
    double logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    double acceptAll = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = OpenUniform.draw(rng) - 0.5;
      double v = OpenUniform.draw(rng);
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + rate + 0.43);
      if (us >= 0.07 && v <= acceptAll) {
        return (long) k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double logAccept = Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b);
      if (logAccept <= -rate + k * logRate - SpecialFunctions.lgamma(k + 1)) {
        return (long) k;
      }
    }
  }
}
