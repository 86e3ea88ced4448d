package org.ppl4j.pfn.dt;

import org.ppl4j.pfn.train.TrainConfig;

/**
 * Settings of Distribution Transformer training (Whittle et al. 2025): the shared optimisation
 * settings ({@link TrainConfig}: Adam, global gradient-norm clipping, linear warm-up then cosine
 * decay, fresh problems at every step; its batch counts problems) and the DT's own.
 *
 * @param train steps, problems per step, learning rate, warm-up, clipping and seed (the seed of
 *     every random choice: initialisation, priors, latents, data)
 * @param maxObservations largest number of observations per problem, &gt;= 0 (each step draws
 *     one count, uniform on {@code 0..maxObservations}, for the whole batch)
 * @param reconstructionWeight weight of the prior-reconstruction term, &gt;= 0
 */
public record DtTrainConfig(TrainConfig train, int maxObservations,
    double reconstructionWeight) {

  /** Validates every field, naming the bad one. */
  public DtTrainConfig {
    if (train == null) {
      throw new IllegalArgumentException("train settings must be given");
    }
    if (maxObservations < 0) {
      throw new IllegalArgumentException("maxObservations must be >= 0, got " + maxObservations);
    }
    if (!(reconstructionWeight >= 0)) {
      throw new IllegalArgumentException(
          "reconstructionWeight must be >= 0, got " + reconstructionWeight);
    }
  }

  /** 5,000 steps of 64 problems with up to 20 observations, lr 1e-3, warm-up 5%, clip 1. */
  public static DtTrainConfig defaults() {
    return new DtTrainConfig(new TrainConfig(5000, 64, 1e-3, 250, 1.0, 1L), 20, 1.0);
  }

  /** The seed of every random choice. */
  public long seed() {
    return train.seed();
  }

  /** A copy with other training settings. */
  public DtTrainConfig withTrain(TrainConfig newTrain) {
    return new DtTrainConfig(newTrain, maxObservations, reconstructionWeight);
  }

  /** A copy with another step count, warm-up kept at 5% of the steps. */
  public DtTrainConfig withSteps(int newSteps) {
    return withTrain(train.withSteps(newSteps, Math.max(0, newSteps / 20)));
  }

  /** A copy with another batch size. */
  public DtTrainConfig withBatch(int newBatch) {
    return withTrain(train.withBatch(newBatch));
  }

  /** A copy with another largest observation count. */
  public DtTrainConfig withMaxObservations(int n) {
    return new DtTrainConfig(train, n, reconstructionWeight);
  }

  /** A copy with another peak learning rate. */
  public DtTrainConfig withLearningRate(double lr) {
    return withTrain(train.withLearningRate(lr));
  }

  /** A copy with another seed. */
  public DtTrainConfig withSeed(long newSeed) {
    return withTrain(train.withSeed(newSeed));
  }
}
