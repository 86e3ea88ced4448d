package org.ppl4j.inference.nuts;

import org.ppl4j.semantics.random.Rng;

/**
 * How a chain (or an ADVI fit, whose initial mean it is) picks its initial point on the
 * unconstrained space, as Stan's {@code init}: {@link #uniform} draws every coordinate uniformly
 * on (-r, r) ({@code init=R}); a user's initial values give some or all coordinates (the others
 * drawn as with the default radius). A sampler retries a candidate whose log density or
 * gradient is not finite, up to a limit, unless the candidate is {@link #fixed()}.
 */
public interface InitialPoint {

  /**
   * The next candidate, of length {@code dimension}, drawing what it draws from {@code rng}.
   *
   * @throws IllegalArgumentException when the model cannot be evaluated at the candidate (a
   *     rejected candidate, as a log density that is not finite)
   */
  double[] propose(int dimension, Rng rng);

  /** Whether every candidate is the same point, so that one that fails fails for good. */
  boolean fixed();

  /** Every coordinate uniform on (-r, r), one {@code rng.nextDouble()} each, in order. */
  static InitialPoint uniform(double radius) {
    if (!(radius >= 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException("the radius must be finite and >= 0, got " + radius);
    }
    return new InitialPoint() {
      @Override
      public double[] propose(int dimension, Rng rng) {
        double[] x = new double[dimension];
        for (int i = 0; i < dimension; i++) {
          x[i] = radius * (2 * rng.nextDouble() - 1);
        }
        return x;
      }

      @Override
      public boolean fixed() {
        return false; // (at r = 0 too, retried as before: the draws stay those of a seed)
      }
    };
  }
}
