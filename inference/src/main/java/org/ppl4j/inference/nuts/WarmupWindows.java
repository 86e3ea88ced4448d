package org.ppl4j.inference.nuts;

/**
 * Stan's windowed warm-up schedule (Stan Reference Manual, "HMC algorithm parameters",
 * automatic parameter tuning): an initial fast interval of 75 iterations where only the step
 * size adapts, then slow windows of 25, 50, 100, … iterations (each ending with a metric
 * update; the last one stretched to the end of the slow phase), and a terminal fast interval of
 * 50 iterations. When warm-up is shorter than 150 iterations the intervals become 15%, 75% and
 * 10% of it. Mutable: it counts iterations.
 */
final class WarmupWindows {
  private final int warmup;
  private final int initBuffer;
  private final int termBuffer;
  private int windowSize;
  private int nextWindowEnd;
  private int counter;

  WarmupWindows(int warmup) {
    this.warmup = warmup;
    int init = 75;
    int term = 50;
    int base = 25;
    if (init + base + term > warmup) {
      init = (int) (0.15 * warmup);
      term = (int) (0.1 * warmup);
      base = warmup - (init + term);
    }
    this.initBuffer = init;
    this.termBuffer = term;
    this.windowSize = base;
    this.nextWindowEnd = init + base - 1;
  }

  /** Whether the current iteration's position feeds the variance estimate. */
  boolean inSlowWindow() {
    return counter >= initBuffer && counter < warmup - termBuffer && counter != warmup;
  }

  /** Whether the current iteration closes a slow window (the metric is then updated). */
  boolean endsWindow() {
    return counter == nextWindowEnd && counter != warmup;
  }

  /** Moves to the next iteration; call once per warm-up iteration after the two queries. */
  void advance() {
    if (endsWindow()) {
      computeNextWindow();
    }
    counter++;
  }

  private void computeNextWindow() {
    int lastEnd = warmup - termBuffer - 1;
    if (nextWindowEnd == lastEnd) {
      return;
    }
    windowSize *= 2;
    nextWindowEnd = counter + windowSize;
    if (nextWindowEnd != lastEnd && nextWindowEnd + 2 * windowSize >= warmup - termBuffer) {
      nextWindowEnd = lastEnd;
    }
  }
}
