package org.ppl4j.runner.dt;

import java.io.PrintWriter;
import org.ppl4j.pfn.train.TrainingListener;

/**
 * Reports Distribution Transformer training on standard error: one line at every tenth of the
 * steps (at least every 1,000 steps) with the running loss (an exponential moving average over
 * about 50 steps).
 */
final class DtProgress implements TrainingListener {

  private final PrintWriter err;
  private double loss = Double.NaN;
  private int steps;

  DtProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onStep(int step, int total, double nll, double learningRate) {
    loss = Double.isNaN(loss) ? nll : 0.98 * loss + 0.02 * nll;
    steps = step;
    if (step % Math.max(1, Math.min(1000, total / 10)) == 0 || step == total) {
      err.printf("step %s  loss %.4f  lr %.2e%n", total == Integer.MAX_VALUE ? "" + step
          : step + "/" + total, loss, learningRate);
      err.flush();
    }
  }

  /** The smoothed loss after the last step. */
  double loss() {
    return loss;
  }

  /** Steps done. */
  int steps() {
    return steps;
  }
}
