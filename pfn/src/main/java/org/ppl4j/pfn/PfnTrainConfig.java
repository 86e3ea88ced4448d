package org.ppl4j.pfn;

/**
 * Settings of PFN training (Müller et al. 2022): Adam without weight decay, gradient-norm
 * clipping, linear warm-up then cosine decay, fresh datasets at every step.
 *
 * @param steps optimiser steps, &gt; 0
 * @param batch datasets per step, &gt; 0
 * @param points points per dataset T (context plus queries), &gt;= 2
 * @param learningRate peak learning rate, &gt; 0
 * @param warmupSteps steps of linear warm-up, in [0, steps]
 * @param clipNorm maximum global gradient norm, &gt; 0
 * @param borderSamples prior values used to place the bucket borders, &gt;= 1000
 * @param target {@code "y"} for the posterior predictive of the label, else the name of a latent
 *     of the prior
 * @param seed seed of every random choice (initialisation, data, context sizes)
 * @param contextGroups the batch is split into this many equal groups, each with its own context
 *     size n (drawn as {@code contextSizes} says), gradients summed over the groups: more draws of
 *     n per step, so rare small contexts are visited more often; &gt; 0, divides {@code batch}
 * @param contextSizes how each group's context size is drawn
 */
public record PfnTrainConfig(int steps, int batch, int points, double learningRate,
    int warmupSteps, double clipNorm, int borderSamples, String target, long seed,
    int contextGroups, ContextSizes contextSizes) {

  /** The label target name. */
  public static final String LABEL = "y";

  /** Validates every field, naming the bad one. */
  public PfnTrainConfig {
    if (steps <= 0) {
      throw new IllegalArgumentException("steps must be > 0, got " + steps);
    }
    if (batch <= 0) {
      throw new IllegalArgumentException("batch must be > 0, got " + batch);
    }
    if (points < 2) {
      throw new IllegalArgumentException("points must be >= 2, got " + points);
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
    }
    if (warmupSteps < 0 || warmupSteps > steps) {
      throw new IllegalArgumentException(
          "warmupSteps must lie in [0, steps], got " + warmupSteps);
    }
    if (!(clipNorm > 0)) {
      throw new IllegalArgumentException("clipNorm must be > 0, got " + clipNorm);
    }
    if (borderSamples < 1000) {
      throw new IllegalArgumentException("borderSamples must be >= 1000, got " + borderSamples);
    }
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("target must name 'y' or a latent");
    }
    if (contextGroups <= 0 || batch % contextGroups != 0) {
      throw new IllegalArgumentException("contextGroups must be > 0 and divide batch " + batch
          + ", got " + contextGroups);
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
    return new PfnTrainConfig(2000, 32, 64, 1e-3, 200, 1.0, 1_000_000, LABEL, 1L, 1,
        ContextSizes.UNIFORM);
  }

  /** A copy drawing context sizes from another distribution. */
  public PfnTrainConfig withContextSizes(ContextSizes sizes) {
    return new PfnTrainConfig(steps, batch, points, learningRate, warmupSteps, clipNorm,
        borderSamples, target, seed, contextGroups, sizes);
  }

  /** A copy with another number of context-size groups per step. */
  public PfnTrainConfig withContextGroups(int groups) {
    return new PfnTrainConfig(steps, batch, points, learningRate, warmupSteps, clipNorm,
        borderSamples, target, seed, groups, contextSizes);
  }

  /** Whether the target is the label y (else a latent). */
  public boolean targetsLabel() {
    return LABEL.equals(target);
  }

  /** A copy with other step count, warm-up kept at 10% of the steps. */
  public PfnTrainConfig withSteps(int newSteps) {
    return new PfnTrainConfig(newSteps, batch, points, learningRate, Math.max(0, newSteps / 10),
        clipNorm, borderSamples, target, seed, contextGroups, contextSizes);
  }

  /** A copy with another batch size. */
  public PfnTrainConfig withBatch(int newBatch) {
    return new PfnTrainConfig(steps, newBatch, points, learningRate, warmupSteps, clipNorm,
        borderSamples, target, seed, contextGroups, contextSizes);
  }

  /** A copy with another seed. */
  public PfnTrainConfig withSeed(long newSeed) {
    return new PfnTrainConfig(steps, batch, points, learningRate, warmupSteps, clipNorm,
        borderSamples, target, newSeed, contextGroups, contextSizes);
  }

  /** A copy with another target. */
  public PfnTrainConfig withTarget(String newTarget) {
    return new PfnTrainConfig(steps, batch, points, learningRate, warmupSteps, clipNorm,
        borderSamples, newTarget, seed, contextGroups, contextSizes);
  }

  /** A copy with another number of points per dataset. */
  public PfnTrainConfig withPoints(int newPoints) {
    return new PfnTrainConfig(steps, batch, newPoints, learningRate, warmupSteps, clipNorm,
        borderSamples, target, seed, contextGroups, contextSizes);
  }

  /** A copy with another peak learning rate. */
  public PfnTrainConfig withLearningRate(double lr) {
    return new PfnTrainConfig(steps, batch, points, lr, warmupSteps, clipNorm, borderSamples,
        target, seed, contextGroups, contextSizes);
  }

  /** A copy with another number of border samples. */
  public PfnTrainConfig withBorderSamples(int samples) {
    return new PfnTrainConfig(steps, batch, points, learningRate, warmupSteps, clipNorm, samples,
        target, seed, contextGroups, contextSizes);
  }
}
