package org.ppl4j.inference.advi;

/**
 * Stan's adaptive step-size sequence for ADVI (Kucukelbir et al. 2017, §3.2, eq. 10-11): at
 * iteration {@code i} (from 1) with gradient {@code g}, per parameter
 * {@code s_i = alpha g^2 + (1 - alpha) s_{i-1}} (with {@code s_1 = g^2}, {@code alpha = 0.1})
 * and the step {@code rho_i = eta i^(-1/2 + 1e-16) / (tau + sqrt(s_i))}, {@code tau = 1}: an
 * adaGrad-like scale that forgets old gradients, times a decreasing sequence that satisfies the
 * Robbins-Monro conditions. The state is immutable; {@link #step} returns the next one.
 *
 * @param eta the scale, &gt; 0
 * @param iteration steps taken so far, &gt;= 0
 * @param history the running averages {@code s} (empty before the first step)
 */
public record StepSizeSequence(double eta, int iteration, double[] history) {
  /** The weight of the newest squared gradient. */
  public static final double ALPHA = 0.1;
  /** The constant that keeps the first steps bounded. */
  public static final double TAU = 1.0;

  /** Copies the history. */
  public StepSizeSequence {
    if (!(eta > 0) || iteration < 0) {
      throw new IllegalArgumentException("eta > 0 and iteration >= 0, got " + eta + ", "
          + iteration);
    }
    history = history.clone();
  }

  /** The sequence of scale {@code eta} before its first step. */
  public static StepSizeSequence start(double eta) {
    return new StepSizeSequence(eta, 0, new double[0]);
  }

  @Override
  public double[] history() {
    return history.clone();
  }

  /** The next state, having seen {@code gradient}. */
  public StepSizeSequence step(double[] gradient) {
    double[] s = new double[gradient.length];
    for (int k = 0; k < s.length; k++) {
      double g2 = gradient[k] * gradient[k];
      s[k] = iteration == 0 ? g2 : ALPHA * g2 + (1 - ALPHA) * history[k];
    }
    return new StepSizeSequence(eta, iteration + 1, s);
  }

  /**
   * {@code parameters + rho * gradient}, the ascent step of this (already stepped) state:
   * {@code rho_k = eta i^(-1/2 + 1e-16) / (tau + sqrt(s_k))}.
   */
  public double[] ascend(double[] parameters, double[] gradient) {
    double scale = eta * Math.pow(iteration, -0.5 + 1e-16);
    double[] next = parameters.clone();
    for (int k = 0; k < next.length; k++) {
      next[k] += scale * gradient[k] / (TAU + Math.sqrt(history[k]));
    }
    return next;
  }
}
