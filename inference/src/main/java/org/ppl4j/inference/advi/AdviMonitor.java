package org.ppl4j.inference.advi;

/**
 * Where ADVI reports how far it has got (a progress bar with the ELBO). Reporting never changes
 * a result.
 */
public interface AdviMonitor {

  /** The adaptation phase tries candidate {@code index} (from 0) of {@code count}. */
  void adapting(int index, int count);

  /**
   * The optimisation has taken {@code iteration} of at most {@code maxIterations} steps; the
   * latest ELBO estimate is {@code elbo} ({@code NaN} before the first).
   */
  void iterated(int iteration, int maxIterations, double elbo);

  /** A monitor that ignores every report. */
  static AdviMonitor silent() {
    return new AdviMonitor() {
      @Override
      public void adapting(int index, int count) {}

      @Override
      public void iterated(int iteration, int maxIterations, double elbo) {}
    };
  }
}
