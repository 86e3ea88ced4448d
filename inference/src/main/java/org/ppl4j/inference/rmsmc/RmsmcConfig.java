package org.ppl4j.inference.rmsmc;

import org.ppl4j.inference.smc.SmcConfig;

/**
 * Settings of resample-move SMC.
 *
 * @param smc the SMC settings (particles, resampler, ESS threshold, threads)
 * @param mcmcSteps single-site MH steps applied to each particle after every resampling, &gt;= 0
 */
public record RmsmcConfig(SmcConfig smc, int mcmcSteps) {

  public RmsmcConfig {
    if (smc == null) {
      throw new IllegalArgumentException("smc settings must be given");
    }
    if (mcmcSteps < 0) {
      throw new IllegalArgumentException("mcmc steps must be >= 0, got " + mcmcSteps);
    }
  }

  /** SMC defaults with one MH step per particle after each resampling. */
  public static RmsmcConfig defaults() {
    return new RmsmcConfig(SmcConfig.defaults(), 1);
  }
}
