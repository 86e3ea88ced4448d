package org.ppl4j.pfn.train;

/**
 * Linear warm-up from 0 to the peak over {@code warmupSteps}, then cosine decay to 0 at
 * {@code totalSteps} (Loshchilov and Hutter 2017, without restarts).
 *
 * @param peak peak learning rate, &gt; 0
 * @param warmupSteps warm-up length, &gt;= 0
 * @param totalSteps total steps, &gt; warmupSteps or equal
 */
public record LearningRateSchedule(double peak, int warmupSteps, int totalSteps) {

  /**
   * The rate at the fraction {@code f} in [0, 1] of training (warm-up over the first
   * {@code warmupSteps / totalSteps} of it).
   */
  public double atFraction(double f) {
    double warm = (double) warmupSteps / totalSteps;
    if (f <= warm) {
      return warm == 0 ? peak : peak * f / warm;
    }
    return peak * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, (f - warm) / (1 - warm))));
  }

  /** The rate for 1-based {@code step}. */
  public double at(int step) {
    if (step <= warmupSteps) {
      return peak * step / Math.max(1, warmupSteps);
    }
    double progress = (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    return peak * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress)));
  }
}
