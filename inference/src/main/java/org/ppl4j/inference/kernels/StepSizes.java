package org.ppl4j.inference.kernels;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.traced.Trace;

/**
 * Per-position random-walk step sizes (in unconstrained units) of one chain, adapted during
 * warm-up by a Robbins-Monro recursion on their logarithm toward an acceptance rate of
 * {@value #TARGET_ACCEPTANCE}, the optimum for one-dimensional Gaussian random walks (Gelman,
 * Roberts and Gilks 1996; Roberts and Rosenthal, "Examples of adaptive MCMC", 2009):
 * {@code log s_j += (accepted - 0.44) / n_j^0.6} after the n-th move at position j. Also records,
 * per position, whether a random walk there changed the program's path. Adaptation stops at
 * {@link #freeze()}, so the chain kept after warm-up is a time-homogeneous Markov chain. Mutable,
 * owned by one chain; once frozen it is read-only, and may be shared between threads.
 */
public final class StepSizes {
  /** The acceptance rate the adaptation aims at. */
  public static final double TARGET_ACCEPTANCE = 0.44;
  private static final double CLOUD_SCALE = 2.38;
  private static final double CLOUD_FLOOR_VARIANCE = 1e-12;

  private double[] logScales = new double[0];
  private int[] moves = new int[0];
  private final double initialScale;
  private boolean frozen;

  /** Step sizes that all start at {@code initialScale}. */
  public StepSizes(double initialScale) {
    if (!(initialScale > 0)) {
      throw new IllegalArgumentException("initialScale must be > 0, got " + initialScale);
    }
    this.initialScale = initialScale;
  }

  /** The step size at {@code position}. */
  public double scale(int position) {
    return position < logScales.length ? Math.exp(logScales[position]) : initialScale;
  }

  /** Learns from one random-walk move at {@code position}; nothing once frozen. */
  public void record(int position, Move<?> move) {
    if (frozen) {
      return;
    }
    grow(position);
    moves[position]++;
    logScales[position] += ((move.accepted() ? 1.0 : 0.0) - TARGET_ACCEPTANCE)
        / Math.pow(moves[position], 0.6);
  }

  /** Sets the step size at {@code position} (a scale learned elsewhere); nothing once frozen. */
  public void set(int position, double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be > 0, got " + scale);
    }
    if (!frozen) {
      grow(position);
      logScales[position] = Math.log(scale);
    }
  }

  /** Ends adaptation. */
  public void freeze() {
    frozen = true;
  }

  private void grow(int position) {
    if (position >= logScales.length) {
      int n = Math.max(position + 1, 2 * logScales.length);
      int old = logScales.length;
      logScales = Arrays.copyOf(logScales, n);
      Arrays.fill(logScales, old, n, Math.log(initialScale));
      moves = Arrays.copyOf(moves, n);
    }
  }

  /**
   * Frozen step sizes learned from a population of traces (equally weighted): per position,
   * 2.38 times the sd of the unconstrained values of the scalar continuous sites there, over
   * the traces that have one (at least two; the variance floored at 1e-12); the default 1
   * elsewhere. The scale of a random walk tuned on the particle cloud, as in tempered and
   * resample-move SMC (Chopin and Papaspiliopoulos 2020, ch. 17).
   */
  public static StepSizes ofCloud(List<? extends Trace<?>> population) {
    StepSizes sizes = new StepSizes(1.0);
    int longest = 0;
    for (Trace<?> t : population) {
      longest = Math.max(longest, t.choices().size());
    }
    for (int p = 0; p < longest; p++) {
      double sum = 0;
      double sumSquares = 0;
      int count = 0;
      for (Trace<?> t : population) {
        if (p < t.choices().size()) {
          Optional<RealSite> s = RealSite.at(t.choices(), p, SiteTransform::of);
          if (s.isPresent()) {
            double u = s.get().unconstrained(t.choices());
            sum += u;
            sumSquares += u * u;
            count++;
          }
        }
      }
      if (count >= 2) {
        double variance = Math.max((sumSquares - sum * sum / count) / (count - 1),
            CLOUD_FLOOR_VARIANCE);
        double scale = CLOUD_SCALE * Math.sqrt(variance);
        // a cloud at the edge of the doubles (values near 1e308) overflows its variance: keep
        // the default scale there rather than a NaN or infinite one
        if (scale > 0 && scale < Double.POSITIVE_INFINITY) {
          sizes.set(p, scale);
        }
      }
    }
    sizes.freeze();
    return sizes;
  }
}
