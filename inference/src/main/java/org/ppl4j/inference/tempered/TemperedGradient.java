package org.ppl4j.inference.tempered;

import org.ppl4j.inference.nuts.LogDensityFunction;

/**
 * The tempered log density {@code log prior + beta log likelihood} of a program with its
 * gradient, on the unconstrained coordinates of the program's draws in the order it draws them
 * (Stan's transforms, with their Jacobians): what the gradient moves of tempered SMC steer by
 * (e.g. a {@code ModelTarget} over a {@code LogJoint} with
 * {@code withLikelihoodWeight(beta)}).
 */
@FunctionalInterface
public interface TemperedGradient {

  /**
   * The density at inverse temperature {@code beta}.
   *
   * @param beta in [0, 1]
   * @throws org.ppl4j.semantics.infer.InferenceException where the program has no such density
   *     (a discrete draw, no continuous value): tempered SMC then moves by random walks
   */
  LogDensityFunction at(double beta);
}
