package org.ppl4j.inference.nuts;

/**
 * Settings of the No-U-Turn Sampler, with Stan's defaults.
 *
 * @param warmup adaptation iterations per chain, >= 0 (discarded)
 * @param samples kept draws per chain, >= 1
 * @param chains independent chains, >= 1, run in parallel with split generators
 * @param targetAcceptance the mean acceptance statistic dual averaging aims at, in (0, 1)
 * @param maxTreeDepth the largest trajectory doubling depth, in 1..30 (at most 2^depth
 *     leapfrog steps per draw)
 * @param maxEnergyError the energy error above which a trajectory is divergent, > 0
 * @param initRadius initial unconstrained coordinates are uniform on (-r, r), >= 0
 * @param thin keep every {@code thin}-th iteration (of warm-up too, when saved), >= 1: a chain
 *     keeps {@code ceil(samples / thin)} draws, as CmdStan's {@code thin}
 * @param saveWarmup whether the chains keep their (thinned) warm-up iterations as well, for the
 *     CmdStan files only: the posterior is the kept draws after warm-up
 */
public record NutsConfig(
    int warmup, int samples, int chains, double targetAcceptance, int maxTreeDepth,
    double maxEnergyError, double initRadius, int thin, boolean saveWarmup) {

  public NutsConfig {
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must be >= 0, got " + warmup);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    if (chains < 1) {
      throw new IllegalArgumentException("chains must be >= 1, got " + chains);
    }
    if (!(targetAcceptance > 0 && targetAcceptance < 1)) {
      throw new IllegalArgumentException(
          "targetAcceptance must be in (0, 1), got " + targetAcceptance);
    }
    if (maxTreeDepth < 1 || maxTreeDepth > 30) {
      throw new IllegalArgumentException("maxTreeDepth must be in 1..30, got " + maxTreeDepth);
    }
    if (!(maxEnergyError > 0)) {
      throw new IllegalArgumentException("maxEnergyError must be > 0, got " + maxEnergyError);
    }
    if (!(initRadius >= 0) || Double.isInfinite(initRadius)) {
      throw new IllegalArgumentException("initRadius must be finite and >= 0, got " + initRadius);
    }
    if (thin < 1) {
      throw new IllegalArgumentException("thin must be >= 1, got " + thin);
    }
  }

  /** Settings that keep every iteration and no warm-up ({@code thin} 1, no saved warm-up). */
  public NutsConfig(int warmup, int samples, int chains, double targetAcceptance,
      int maxTreeDepth, double maxEnergyError, double initRadius) {
    this(warmup, samples, chains, targetAcceptance, maxTreeDepth, maxEnergyError, initRadius, 1,
        false);
  }

  /** Stan's defaults: 1000 warmup, 1000 draws, 4 chains, delta 0.8, depth 10, 1000, 2. */
  public static NutsConfig defaults() {
    return new NutsConfig(1000, 1000, 4, 0.8, 10, 1000.0, 2.0);
  }

  /** This configuration with other iteration counts. */
  public NutsConfig withIterations(int warmup, int samples, int chains) {
    return new NutsConfig(warmup, samples, chains, targetAcceptance, maxTreeDepth,
        maxEnergyError, initRadius, thin, saveWarmup);
  }

  /** This configuration with another target acceptance. */
  public NutsConfig withTargetAcceptance(double delta) {
    return new NutsConfig(warmup, samples, chains, delta, maxTreeDepth, maxEnergyError,
        initRadius, thin, saveWarmup);
  }

  /** This configuration with another maximum tree depth, in 1..30. */
  public NutsConfig withMaxTreeDepth(int depth) {
    return new NutsConfig(warmup, samples, chains, targetAcceptance, depth, maxEnergyError,
        initRadius, thin, saveWarmup);
  }

  /** This configuration drawing initial points uniformly on (-r, r), r >= 0 (Stan's init=R). */
  public NutsConfig withInitRadius(double r) {
    return new NutsConfig(warmup, samples, chains, targetAcceptance, maxTreeDepth,
        maxEnergyError, r, thin, saveWarmup);
  }

  /** This configuration keeping every {@code every}-th iteration, and the warm-up if asked. */
  public NutsConfig withOutput(int every, boolean keepWarmup) {
    return new NutsConfig(warmup, samples, chains, targetAcceptance, maxTreeDepth,
        maxEnergyError, initRadius, every, keepWarmup);
  }
}
