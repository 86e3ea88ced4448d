package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.random.Rng;

/**
 * Standard gamma variates (rate 1) by Marsaglia and Tsang, "A simple method for generating
 * gamma variables", ACM TOMS 26(3), 2000; for shape &lt; 1 their boost
 * {@code G(a) = G(a + 1) U^(1/a)}, applied in log space so that tiny shapes do not underflow
 * before the caller can use the logarithm.
 */
final class GammaSampler {
  private GammaSampler() {}

  /**
   * A standard gamma draw, {@code > 0} (clamped to the smallest positive double when the
   * exact draw underflows, which happens for shapes far below 1).
   *
   * @param shape shape, &gt; 0 and finite
   */
  static double standard(Rng rng, double shape) {
    if (shape >= 1) {
      return marsagliaTsang(rng, shape);
    }
    return Math.max(Math.exp(logStandard(rng, shape)), Double.MIN_VALUE);
  }

  /**
   * The logarithm of a standard gamma draw; finite for every shape.
   *
   * @param shape shape, &gt; 0 and finite
   */
  static double logStandard(Rng rng, double shape) {
    if (shape >= 1) {
      return Math.log(marsagliaTsang(rng, shape));
    }
    return Math.log(marsagliaTsang(rng, shape + 1)) + Math.log(OpenUniform.draw(rng)) / shape;
  }

  /** Marsaglia–Tsang for shape &gt;= 1. */
  private static double marsagliaTsang(Rng rng, double shape) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rng.nextGaussian();
      double t = 1 + c * x;
      if (t <= 0) {
        continue;
      }
      double v = t * t * t;
      double u = OpenUniform.draw(rng);
      double xSquared = x * x;
      if (u < 1 - 0.0331 * xSquared * xSquared
          || Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
