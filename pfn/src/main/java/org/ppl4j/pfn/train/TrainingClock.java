package org.ppl4j.pfn.train;

import java.time.Duration;
import java.util.Optional;

/**
 * How far training has gone: {@code step / steps}, or, with a wall-time budget, the larger of
 * that and {@code elapsed / budget}, so that warm-up and cosine decay complete within the
 * budget. With a budget the number of steps, and so the result, depends on the machine's speed.
 *
 * @param startNanos {@link System#nanoTime()} when the budget started counting
 * @param budget the wall-time budget, if any
 */
public record TrainingClock(long startNanos, Optional<Duration> budget) {

  /** A clock that starts now. */
  public static TrainingClock start(Optional<Duration> budget) {
    return new TrainingClock(System.nanoTime(), budget);
  }

  /**
   * The fraction of training done after 1-based {@code step} of {@code steps}; 1 or more ends
   * training.
   */
  public double progress(int step, int steps) {
    double progress = (double) step / steps;
    if (budget.isPresent()) {
      progress = Math.max(progress,
          (System.nanoTime() - startNanos) / (double) budget.get().toNanos());
    }
    return progress;
  }
}
