package org.ppl4j.inference.advi;

import java.util.Objects;
import org.ppl4j.inference.nuts.LogDensityFunction;
import org.ppl4j.semantics.random.Rng;

/**
 * Monte Carlo estimates of the evidence lower bound {@code ELBO(q) = E_q[log p(zeta)] + H(q)}
 * and of its gradient with respect to the variational parameters by the reparameterisation
 * {@code zeta = mu + S eps} (Kucukelbir et al. 2017, §2.6, eq. 7-9): the entropy {@code H} and
 * its gradient are exact, the expectation is averaged over standard normal draws. {@code p} is
 * the target's unnormalised density on the unconstrained space, Jacobian included.
 *
 * <p>Where the target is not finite at a draw (or rejects it by throwing
 * {@link IllegalArgumentException}, a parameter outside its domain), the ELBO drops the draw,
 * at most {@value #MAX_DROPPED_FRACTION} of them, as Stan does; a gradient draw is redrawn at
 * most {@value #MAX_REDRAWS} times. Beyond that the estimate fails with an
 * {@link IllegalArgumentException} that carries the target's last exception as its cause.
 *
 * @param target the log density and its gradient
 * @param gradSamples draws per gradient estimate, &gt;= 1
 * @param elboSamples draws per ELBO estimate, &gt;= 2
 */
public record ElboEstimator(LogDensityFunction target, int gradSamples, int elboSamples) {
  /** The largest fraction of ELBO draws that may be dropped. */
  public static final double MAX_DROPPED_FRACTION = 0.1;
  /** The most redraws of one gradient draw. */
  public static final int MAX_REDRAWS = 10;

  /** Requires a target and positive draw counts. */
  public ElboEstimator {
    Objects.requireNonNull(target, "target");
    if (gradSamples < 1 || elboSamples < 2) {
      throw new IllegalArgumentException("gradSamples >= 1 and elboSamples >= 2, got "
          + gradSamples + " and " + elboSamples);
    }
  }

  /** The estimator of {@code config}'s draw counts. */
  public static ElboEstimator of(LogDensityFunction target, AdviConfig config) {
    return new ElboEstimator(target, config.gradSamples(), config.elboSamples());
  }

  /**
   * The ELBO of {@code q} estimated from {@link #elboSamples()} draws of {@code rng}.
   *
   * @throws IllegalArgumentException when more than {@value #MAX_DROPPED_FRACTION} of the
   *     draws have no finite log density
   */
  public double elbo(Approximation q, Rng rng) {
    double[] gradient = new double[q.dimension()];
    double sum = 0;
    int kept = 0;
    int dropped = 0;
    RuntimeException last = null;
    for (int s = 0; s < elboSamples; s++) {
      double[] zeta = q.draw(rng);
      double logP;
      try {
        logP = target.logDensity(zeta, gradient);
      } catch (IllegalArgumentException e) {
        last = e;
        logP = Double.NaN;
      }
      if (Double.isFinite(logP)) {
        sum += logP;
        kept++;
      } else if (++dropped > MAX_DROPPED_FRACTION * elboSamples) {
        throw failure("the log density was not finite at " + dropped + " of " + (s + 1)
            + " draws of the approximation", last);
      }
    }
    return sum / kept + q.entropy();
  }

  /**
   * The gradient of the ELBO of {@code q} with respect to its parameters, averaged over
   * {@link #gradSamples()} draws of {@code rng}.
   *
   * @throws IllegalArgumentException when a draw has no finite log density or gradient after
   *     {@value #MAX_REDRAWS} redraws
   */
  public double[] gradient(Approximation q, Rng rng) {
    int d = q.dimension();
    double[] out = new double[q.parameters().length];
    double[] gradient = new double[d];
    for (int s = 0; s < gradSamples; s++) {
      RuntimeException last = null;
      for (int attempt = 0; ; attempt++) {
        double[] eps = Approximation.standardNormal(d, rng);
        double logP;
        try {
          logP = target.logDensity(q.transform(eps), gradient);
        } catch (IllegalArgumentException e) {
          last = e;
          logP = Double.NaN;
        }
        if (Double.isFinite(logP) && allFinite(gradient)) {
          q.addReparameterisedGradient(eps, gradient, out);
          break;
        }
        if (attempt == MAX_REDRAWS) {
          throw failure("the log density or its gradient was not finite at "
              + (MAX_REDRAWS + 1) + " draws in a row of the approximation", last);
        }
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= gradSamples;
    }
    q.addEntropyGradient(out);
    return out;
  }

  private static IllegalArgumentException failure(String message, RuntimeException cause) {
    String reason = cause == null ? "" : " (" + cause.getMessage() + ")";
    return new IllegalArgumentException("advi: " + message + reason, cause);
  }

  private static boolean allFinite(double[] xs) {
    for (double x : xs) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }
}
