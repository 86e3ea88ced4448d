package org.ppl4j.pfn;

import org.ppl4j.pfn.train.TrainConfig;

/**
 * Settings of PFN training (Müller et al. 2022): the shared optimisation settings
 * ({@link TrainConfig}: Adam without weight decay, gradient-norm clipping, linear warm-up then
 * cosine decay, fresh datasets at every step; its batch counts datasets) and the PFN's own.
 *
 * @param train steps, datasets per step, learning rate, warm-up, clipping and seed (the seed of
 *     every random choice: initialisation, bucket borders, data, context sizes)
 * @param points points per dataset T (context plus queries), &gt;= 2
 * @param borderSamples prior values used to place the bucket borders, &gt;= 1000
 * @param target {@code "y"} for the posterior predictive of the label, else the name of a latent
 *     of the prior
 * @param contextGroups the batch is split into this many equal groups, each with its own context
 *     size n (drawn as {@code contextSizes} says), gradients summed over the groups: more draws of
 *     n per step, so rare small contexts are visited more often; &gt; 0, divides the batch
 * @param contextSizes how each group's context size is drawn
 */
public record PfnTrainConfig(TrainConfig train, int points, int borderSamples, String target,
    int contextGroups, ContextSizes contextSizes) {

  /** The label target name. */
  public static final String LABEL = "y";

  /** Validates every field, naming the bad one. */
  public PfnTrainConfig {
    if (train == null) {
      throw new IllegalArgumentException("train settings must be given");
    }
    if (points < 2) {
      throw new IllegalArgumentException("points must be >= 2, got " + points);
    }
    if (borderSamples < 1000) {
      throw new IllegalArgumentException("borderSamples must be >= 1000, got " + borderSamples);
    }
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("target must name 'y' or a latent");
    }
    if (contextGroups <= 0 || train.batch() % contextGroups != 0) {
      throw new IllegalArgumentException("contextGroups must be > 0 and divide batch "
          + train.batch() + ", got " + contextGroups);
    }
    if (contextSizes == null) {
      throw new IllegalArgumentException("contextSizes must be given");
    }
  }

  /**
   * 2,000 steps of 32 datasets of 64 points, lr 1e-3, warm-up 10%, clip 1, 10^6 border samples,
   * one context size per step, drawn uniformly.
   */
  public static PfnTrainConfig defaults() {
    return new PfnTrainConfig(new TrainConfig(2000, 32, 1e-3, 200, 1.0, 1L), 64, 1_000_000,
        LABEL, 1, ContextSizes.UNIFORM);
  }

  /** The seed of every random choice. */
  public long seed() {
    return train.seed();
  }

  /** Whether the target is the label y (else a latent). */
  public boolean targetsLabel() {
    return LABEL.equals(target);
  }

  /** A copy with other training settings. */
  public PfnTrainConfig withTrain(TrainConfig newTrain) {
    return new PfnTrainConfig(newTrain, points, borderSamples, target, contextGroups,
        contextSizes);
  }

  /** A copy with other step count, warm-up kept at 10% of the steps. */
  public PfnTrainConfig withSteps(int newSteps) {
    return withTrain(train.withSteps(newSteps, Math.max(0, newSteps / 10)));
  }

  /** A copy with another batch size. */
  public PfnTrainConfig withBatch(int newBatch) {
    return withTrain(train.withBatch(newBatch));
  }

  /** A copy with another seed. */
  public PfnTrainConfig withSeed(long newSeed) {
    return withTrain(train.withSeed(newSeed));
  }

  /** A copy with another peak learning rate. */
  public PfnTrainConfig withLearningRate(double lr) {
    return withTrain(train.withLearningRate(lr));
  }

  /** A copy drawing context sizes from another distribution. */
  public PfnTrainConfig withContextSizes(ContextSizes sizes) {
    return new PfnTrainConfig(train, points, borderSamples, target, contextGroups, sizes);
  }

  /** A copy with another number of context-size groups per step. */
  public PfnTrainConfig withContextGroups(int groups) {
    return new PfnTrainConfig(train, points, borderSamples, target, groups, contextSizes);
  }

  /** A copy with another target. */
  public PfnTrainConfig withTarget(String newTarget) {
    return new PfnTrainConfig(train, points, borderSamples, newTarget, contextGroups,
        contextSizes);
  }

  /** A copy with another number of points per dataset. */
  public PfnTrainConfig withPoints(int newPoints) {
    return new PfnTrainConfig(train, newPoints, borderSamples, target, contextGroups,
        contextSizes);
  }

  /** A copy with another number of border samples. */
  public PfnTrainConfig withBorderSamples(int samples) {
    return new PfnTrainConfig(train, points, samples, target, contextGroups, contextSizes);
  }
}
