package org.ppl4j.inference.advi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stan's convergence check for ADVI: the relative ELBO changes
 * {@code |(elbo - previous) / elbo|} between successive estimates are kept in a window of the
 * last {@code window} ones (Stan's circular buffer, {@link AdviConfig#convergenceWindow()});
 * the optimisation has converged when their mean or their median falls below the tolerance.
 * The first estimate only sets {@code previous}. Immutable: {@link #add} returns the next state.
 *
 * @param tolerance the relative tolerance, &gt; 0
 * @param window how many changes are kept, &gt;= 1
 * @param previous the last ELBO estimate ({@code NaN} before the first)
 * @param changes the kept relative changes, oldest first
 */
public record ConvergenceCheck(double tolerance, int window, double previous,
    List<Double> changes) {

  /** Copies the changes. */
  public ConvergenceCheck {
    if (!(tolerance > 0) || window < 1) {
      throw new IllegalArgumentException("tolerance > 0 and window >= 1, got " + tolerance
          + ", " + window);
    }
    changes = List.copyOf(changes);
  }

  /** The check before any estimate. */
  public static ConvergenceCheck start(double tolerance, int window) {
    return new ConvergenceCheck(tolerance, window, Double.NaN, List.of());
  }

  /** The state after the ELBO estimate {@code elbo}. */
  public ConvergenceCheck add(double elbo) {
    if (Double.isNaN(previous)) {
      return new ConvergenceCheck(tolerance, window, elbo, changes);
    }
    List<Double> next = new ArrayList<>(changes);
    next.add(relativeChange(previous, elbo));
    if (next.size() > window) {
      next.remove(0);
    }
    return new ConvergenceCheck(tolerance, window, elbo, next);
  }

  /** {@code |(current - previous) / current|}. */
  public static double relativeChange(double previous, double current) {
    return Math.abs((current - previous) / current);
  }

  /** The newest relative change ({@code NaN} before two estimates). */
  public double latestChange() {
    return changes.isEmpty() ? Double.NaN : changes.get(changes.size() - 1);
  }

  /** The mean of the kept changes ({@code NaN} when none). */
  public double meanChange() {
    return changes.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** The median of the kept changes ({@code NaN} when none). */
  public double medianChange() {
    if (changes.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = changes.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }

  /** Whether the mean or the median of the kept changes is below the tolerance. */
  public boolean converged() {
    return meanChange() < tolerance || medianChange() < tolerance;
  }
}
