package org.ppl4j.inference.smc;

import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.resampling.Resampler;

/**
 * Settings of sequential Monte Carlo.
 *
 * @param particles number of particles, &gt;= 1
 * @param resampler the resampling scheme
 * @param essThreshold resample when the Kish ESS falls below {@code essThreshold * particles};
 *     in [0, 1] (0: never, importance sampling; 1: whenever the weights differ)
 * @param parallelism threads for the particles (results do not depend on it)
 */
public record SmcConfig(
    int particles, Resampler resampler, double essThreshold, Parallelism parallelism) {

  public SmcConfig {
    if (particles < 1) {
      throw new IllegalArgumentException("particles must be >= 1, got " + particles);
    }
    if (resampler == null) {
      throw new IllegalArgumentException("resampler must be given");
    }
    if (!(essThreshold >= 0 && essThreshold <= 1)) {
      throw new IllegalArgumentException("ess threshold must be in [0, 1], got " + essThreshold);
    }
    if (parallelism == null) {
      throw new IllegalArgumentException("parallelism must be given");
    }
  }

  /** 1,000 particles, systematic resampling when ESS &lt; N/2, all cores. */
  public static SmcConfig defaults() {
    return new SmcConfig(1000, Resampler.systematic(), 0.5, Parallelism.allCores());
  }

  /** These settings with {@code n} particles. */
  public SmcConfig withParticles(int n) {
    return new SmcConfig(n, resampler, essThreshold, parallelism);
  }

  /** These settings with another resampler. */
  public SmcConfig withResampler(Resampler r) {
    return new SmcConfig(particles, r, essThreshold, parallelism);
  }

  /** These settings with another ESS threshold. */
  public SmcConfig withEssThreshold(double threshold) {
    return new SmcConfig(particles, resampler, threshold, parallelism);
  }

  /** These settings with another number of threads. */
  public SmcConfig withParallelism(Parallelism p) {
    return new SmcConfig(particles, resampler, essThreshold, p);
  }
}
