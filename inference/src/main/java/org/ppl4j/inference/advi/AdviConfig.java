package org.ppl4j.inference.advi;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Settings of ADVI, with Stan's defaults (CmdStan's {@code variational} method).
 *
 * @param family mean-field or full-rank
 * @param maxIterations the most gradient steps, &gt;= 1 (Stan's {@code iter}, 10,000)
 * @param gradSamples draws per gradient estimate, &gt;= 1 (Stan's {@code grad_samples}, 1)
 * @param elboSamples draws per ELBO estimate, &gt;= 2 (Stan's {@code elbo_samples}, 100)
 * @param eta the step-size scale, finite and &gt; 0; absent: chosen by the adaptation phase
 *     ({@link EtaAdaptation}) among {@link EtaAdaptation#CANDIDATES}
 * @param adaptIterations gradient steps per candidate eta in the adaptation phase, &gt;= 1
 *     (Stan's {@code adapt iter}, 50)
 * @param tolRelObj the relative ELBO change below which the optimisation has converged, &gt; 0
 *     (Stan's {@code tol_rel_obj}, 0.01; {@link ConvergenceCheck})
 * @param evalElbo gradient steps between two ELBO estimates, &gt;= 1 (Stan's {@code eval_elbo},
 *     100)
 * @param outputSamples draws of the fitted approximation to report, &gt;= 1 (Stan's
 *     {@code output_samples}, 1000)
 * @param initRadius the initial mean is uniform on (-r, r) per coordinate, finite and &gt;= 0
 *     (Stan's {@code init}, 2)
 */
public record AdviConfig(Family family, int maxIterations, int gradSamples, int elboSamples,
    OptionalDouble eta, int adaptIterations, double tolRelObj, int evalElbo, int outputSamples,
    double initRadius) {

  /** Validates every field, naming it. */
  public AdviConfig {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(eta, "eta");
    atLeast("maxIterations", maxIterations, 1);
    atLeast("gradSamples", gradSamples, 1);
    atLeast("elboSamples", elboSamples, 2);
    atLeast("adaptIterations", adaptIterations, 1);
    atLeast("evalElbo", evalElbo, 1);
    atLeast("outputSamples", outputSamples, 1);
    if (eta.isPresent() && !(eta.getAsDouble() > 0 && Double.isFinite(eta.getAsDouble()))) {
      throw new IllegalArgumentException("eta must be finite and > 0, got " + eta.getAsDouble());
    }
    if (!(tolRelObj > 0) || Double.isInfinite(tolRelObj)) {
      throw new IllegalArgumentException("tolRelObj must be finite and > 0, got " + tolRelObj);
    }
    if (!(initRadius >= 0) || Double.isInfinite(initRadius)) {
      throw new IllegalArgumentException("initRadius must be finite and >= 0, got " + initRadius);
    }
  }

  /** Stan's defaults: mean-field, 10,000 iterations, 1 / 100 draws, adapted eta, tol 0.01. */
  public static AdviConfig defaults() {
    return new AdviConfig(Family.MEANFIELD, 10_000, 1, 100, OptionalDouble.empty(), 50, 0.01,
        100, 1000, 2.0);
  }

  /** These settings with {@code family}. */
  public AdviConfig withFamily(Family family) {
    return new AdviConfig(family, maxIterations, gradSamples, elboSamples, eta, adaptIterations,
        tolRelObj, evalElbo, outputSamples, initRadius);
  }

  /** These settings with the optimisation controls given. */
  public AdviConfig withOptimisation(int maxIterations, int gradSamples, int elboSamples,
      double tolRelObj, int evalElbo) {
    return new AdviConfig(family, maxIterations, gradSamples, elboSamples, eta, adaptIterations,
        tolRelObj, evalElbo, outputSamples, initRadius);
  }

  /** These settings with a fixed step-size scale (no adaptation phase). */
  public AdviConfig withEta(double eta) {
    return new AdviConfig(family, maxIterations, gradSamples, elboSamples, OptionalDouble.of(eta),
        adaptIterations, tolRelObj, evalElbo, outputSamples, initRadius);
  }

  /** These settings with {@code outputSamples} reported draws and initial radius {@code r}. */
  public AdviConfig withOutput(int outputSamples, double initRadius) {
    return new AdviConfig(family, maxIterations, gradSamples, elboSamples, eta, adaptIterations,
        tolRelObj, evalElbo, outputSamples, initRadius);
  }

  /** The number of relative changes the convergence check keeps (Stan's circular buffer). */
  public int convergenceWindow() {
    return (int) Math.max(0.1 * maxIterations / evalElbo, 2.0);
  }

  private static void atLeast(String name, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(name + " must be >= " + least + ", got " + value);
    }
  }
}
