package org.ppl4j.pfn.train;

/**
 * The optimisation settings every network of this module is trained with (the PFN's
 * {@code PfnTrainConfig} and the DT's {@code DtTrainConfig} each hold one, next to their own
 * fields): {@link Adam}, global gradient-norm clipping, linear warm-up then cosine decay
 * ({@link LearningRateSchedule}), a fresh batch at every step.
 *
 * @param steps optimiser steps, &gt; 0
 * @param batch training examples (datasets, problems) per step, &gt; 0
 * @param learningRate peak learning rate, &gt; 0
 * @param warmupSteps steps of linear warm-up, in [0, steps]
 * @param clipNorm maximum global gradient norm, &gt; 0
 * @param seed seed of every random choice (initialisation and data)
 */
public record TrainConfig(int steps, int batch, double learningRate, int warmupSteps,
    double clipNorm, long seed) {

  /** Validates every field, naming the bad one. */
  public TrainConfig {
    if (steps <= 0) {
      throw new IllegalArgumentException("steps must be > 0, got " + steps);
    }
    if (batch <= 0) {
      throw new IllegalArgumentException("batch must be > 0, got " + batch);
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
  }

  /** The schedule of these settings: warm-up to {@link #learningRate}, cosine decay to 0. */
  public LearningRateSchedule schedule() {
    return new LearningRateSchedule(learningRate, warmupSteps, steps);
  }

  /** A copy with another step count and warm-up length. */
  public TrainConfig withSteps(int newSteps, int newWarmupSteps) {
    return new TrainConfig(newSteps, batch, learningRate, newWarmupSteps, clipNorm, seed);
  }

  /** A copy with another batch size. */
  public TrainConfig withBatch(int newBatch) {
    return new TrainConfig(steps, newBatch, learningRate, warmupSteps, clipNorm, seed);
  }

  /** A copy with another peak learning rate. */
  public TrainConfig withLearningRate(double lr) {
    return new TrainConfig(steps, batch, lr, warmupSteps, clipNorm, seed);
  }

  /** A copy with another seed. */
  public TrainConfig withSeed(long newSeed) {
    return new TrainConfig(steps, batch, learningRate, warmupSteps, clipNorm, newSeed);
  }
}
