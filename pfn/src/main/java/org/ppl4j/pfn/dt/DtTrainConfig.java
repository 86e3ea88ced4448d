package org.ppl4j.pfn.dt;

/**
 * Settings of Distribution Transformer training (Whittle et al. 2025): Adam, global
 * gradient-norm clipping, linear warm-up then cosine decay, fresh problems at every step.
 *
 * @param steps optimiser steps, &gt; 0
 * @param batch problems per step, &gt; 0
 * @param maxObservations largest number of observations per problem, &gt;= 0 (each step draws
 *     one count, uniform on {@code 0..maxObservations}, for the whole batch)
 * @param learningRate peak learning rate, &gt; 0
 * @param warmupSteps steps of linear warm-up, in [0, steps]
 * @param clipNorm maximum global gradient norm, &gt; 0
 * @param reconstructionWeight weight of the prior-reconstruction term, &gt;= 0
 * @param seed seed of every random choice (initialisation, priors, latents, data)
 */
public record DtTrainConfig(int steps, int batch, int maxObservations, double learningRate,
    int warmupSteps, double clipNorm, double reconstructionWeight, long seed) {

  /** Validates every field, naming the bad one. */
  public DtTrainConfig {
    if (steps <= 0) {
      throw new IllegalArgumentException("steps must be > 0, got " + steps);
    }
    if (batch <= 0) {
      throw new IllegalArgumentException("batch must be > 0, got " + batch);
    }
    if (maxObservations < 0) {
      throw new IllegalArgumentException("maxObservations must be >= 0, got " + maxObservations);
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
    }
    if (warmupSteps < 0 || warmupSteps > steps) {
      throw new IllegalArgumentException("warmupSteps must lie in [0, steps], got " + warmupSteps);
    }
    if (!(clipNorm > 0)) {
      throw new IllegalArgumentException("clipNorm must be > 0, got " + clipNorm);
    }
    if (!(reconstructionWeight >= 0)) {
      throw new IllegalArgumentException(
          "reconstructionWeight must be >= 0, got " + reconstructionWeight);
    }
  }

  /** 5,000 steps of 64 problems with up to 20 observations, lr 1e-3, warm-up 5%, clip 1. */
  public static DtTrainConfig defaults() {
    return new DtTrainConfig(5000, 64, 20, 1e-3, 250, 1.0, 1.0, 1L);
  }

  /** A copy with another step count, warm-up kept at 5% of the steps. */
  public DtTrainConfig withSteps(int newSteps) {
    return new DtTrainConfig(newSteps, batch, maxObservations, learningRate,
        Math.max(0, newSteps / 20), clipNorm, reconstructionWeight, seed);
  }

  /** A copy with another batch size. */
  public DtTrainConfig withBatch(int newBatch) {
    return new DtTrainConfig(steps, newBatch, maxObservations, learningRate, warmupSteps,
        clipNorm, reconstructionWeight, seed);
  }

  /** A copy with another largest observation count. */
  public DtTrainConfig withMaxObservations(int n) {
    return new DtTrainConfig(steps, batch, n, learningRate, warmupSteps, clipNorm,
        reconstructionWeight, seed);
  }

  /** A copy with another peak learning rate. */
  public DtTrainConfig withLearningRate(double lr) {
    return new DtTrainConfig(steps, batch, maxObservations, lr, warmupSteps, clipNorm,
        reconstructionWeight, seed);
  }

  /** A copy with another seed. */
  public DtTrainConfig withSeed(long newSeed) {
    return new DtTrainConfig(steps, batch, maxObservations, learningRate, warmupSteps, clipNorm,
        reconstructionWeight, newSeed);
  }
}
