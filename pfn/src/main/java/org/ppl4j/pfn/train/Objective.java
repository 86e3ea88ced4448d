package org.ppl4j.pfn.train;

/**
 * What one training step minimises: the network-specific half of {@link Trainer}. It owns its
 * batch source (a generator split from the training seed) and its loss; the trainer owns the
 * optimiser, the schedule and the progress.
 */
@FunctionalInterface
public interface Objective {

  /**
   * Draws the batch of step {@code step} (1-based), runs the network forward and backward with
   * the parameter gradients (zero on entry) accumulating the loss's gradient, and returns the
   * value to report to the {@link TrainingListener} (nats).
   */
  double lossAndGradient(int step);
}
