package org.ppl4j.inference.advi;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.inference.diagnostics.ParetoSmoothing;
import org.ppl4j.inference.nuts.InitialPoint;
import org.ppl4j.inference.nuts.LogDensityFunction;
import org.ppl4j.semantics.random.Rng;

/**
 * Automatic differentiation variational inference (Kucukelbir, Tran, Ranganath, Gelman and
 * Blei 2017, "Automatic Differentiation Variational Inference", JMLR 18(14)), as Stan runs it:
 * a Gaussian ({@link Family}) on the unconstrained space of a {@link LogDensityFunction} (the
 * NUTS targets: Stan's transforms, Jacobian included, exact gradients) fitted by maximising a
 * stochastic ELBO:
 *
 * <pre>
 *   q0  = family.initial(mu0)                 mu0 uniform on (-r, r), finite density
 *   eta = config.eta or EtaAdaptation.choose  (Stan's adaptation phase)
 *   fit = GradientAscent.run(q0, eta, ...)    (until ConvergenceCheck, or the limit)
 * </pre>
 *
 * The fitted {@code q} is then drawn from ({@link #draws}) and judged by the Pareto shape of
 * the importance ratios {@code log p - log q} at its draws (Yao, Vehtari, Simpson and Gelman
 * 2018, "Yes, but did it work?"; {@link #paretoK}): above 0.7 the approximation is unreliable.
 * Everything is drawn from the one generator given, in order.
 */
public final class Advi {
  /** The most tries for an initial mean with a finite log density and gradient. */
  public static final int MAX_INIT_TRIES = 100;

  private Advi() {}

  /**
   * Fits {@code config.family()} to {@code target}.
   *
   * @throws IllegalArgumentException when no initial point, step size or estimate can be
   *     found (its cause, if any, is the target's last exception)
   */
  public static AdviResult fit(LogDensityFunction target, AdviConfig config, Rng rng,
      AdviMonitor monitor) {
    return fit(target, config, InitialPoint.uniform(config.initRadius()), rng, monitor);
  }

  /**
   * As {@link #fit(LogDensityFunction, AdviConfig, Rng, AdviMonitor)}, the initial mean from
   * {@code init} (a user's initial values) instead of {@code config.initRadius()}.
   */
  public static AdviResult fit(LogDensityFunction target, AdviConfig config, InitialPoint init,
      Rng rng, AdviMonitor monitor) {
    ElboEstimator estimator = ElboEstimator.of(target, config);
    Approximation initial = config.family().initial(initialMean(target, init, rng));
    double eta = config.eta().isPresent() ? config.eta().getAsDouble()
        : EtaAdaptation.choose(initial, estimator, config, rng, monitor);
    return GradientAscent.run(initial, eta, estimator, config, rng, monitor);
  }

  /** {@code n} draws of {@code q} on the unconstrained space. */
  public static List<double[]> draws(Approximation q, int n, Rng rng) {
    List<double[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(q.draw(rng));
    }
    return out;
  }

  /**
   * The Pareto shape {@code k̂} of the importance ratios {@code log p(zeta) - log q(zeta)} at
   * {@code draws} ({@link ParetoSmoothing}); a draw where {@code p} is not finite or rejects
   * the point has ratio {@code -inf}. {@code +inf} when every ratio is {@code -inf} or there
   * are too few draws to fit.
   */
  public static double paretoK(LogDensityFunction target, Approximation q, List<double[]> draws) {
    double[] logRatios = new double[draws.size()];
    double[] gradient = new double[q.dimension()];
    boolean any = false;
    for (int i = 0; i < logRatios.length; i++) {
      double logP;
      try {
        logP = target.logDensity(draws.get(i), gradient);
      } catch (IllegalArgumentException e) {
        logP = Double.NEGATIVE_INFINITY;
      }
      double r = logP - q.logDensity(draws.get(i));
      logRatios[i] = Double.isNaN(r) || r == Double.POSITIVE_INFINITY
          ? Double.NEGATIVE_INFINITY : r;
      any |= logRatios[i] > Double.NEGATIVE_INFINITY;
    }
    return any && logRatios.length >= 2 ? ParetoSmoothing.smooth(logRatios).paretoK()
        : Double.POSITIVE_INFINITY;
  }

  private static double[] initialMean(LogDensityFunction target, InitialPoint init, Rng rng) {
    int d = target.dimension();
    double[] gradient = new double[d];
    String lastProblem = "the log density was not finite";
    IllegalArgumentException last = null;
    int tries = init.fixed() ? 1 : MAX_INIT_TRIES;
    for (int attempt = 0; attempt < tries; attempt++) {
      try {
        double[] mu = init.propose(d, rng);
        double logP = target.logDensity(mu, gradient);
        if (Double.isFinite(logP) && allFinite(gradient)) {
          return mu;
        }
      } catch (IllegalArgumentException e) {
        last = e;
        lastProblem = e.getMessage();
      }
    }
    if (init.fixed()) {
      throw new IllegalArgumentException("advi: the log density or its gradient is not finite"
          + " at the initial point given (" + lastProblem + ")", last);
    }
    throw new IllegalArgumentException("advi: no initial point with a finite log density and"
        + " gradient after " + MAX_INIT_TRIES + " tries (" + lastProblem + ")", last);
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
