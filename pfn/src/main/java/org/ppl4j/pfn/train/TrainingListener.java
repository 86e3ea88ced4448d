package org.ppl4j.pfn.train;

/** Receives the progress of training after each step (e.g. to draw a progress bar). */
@FunctionalInterface
public interface TrainingListener {

  /**
   * Called after step {@code step} (1-based) of {@code steps}.
   *
   * @param nll the step's mean negative log-likelihood of the targets (nats)
   * @param learningRate the rate used at this step
   */
  void onStep(int step, int steps, double nll, double learningRate);

  /** A listener that does nothing. */
  static TrainingListener silent() {
    return (step, steps, nll, lr) -> { };
  }
}
