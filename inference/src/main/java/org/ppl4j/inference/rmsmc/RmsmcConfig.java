package org.ppl4j.inference.rmsmc;

import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.smc.SmcConfig;

/**
 * Settings of resample-move SMC.
 *
 * @param smc the SMC settings (particles, resampler, ESS threshold, threads)
 * @param mcmcSteps single-site MH steps applied to each particle after every resampling, &gt;= 0
 * @param proposal the MH kernel of the moves ({@code --proposal}): {@code prior} re-draws a
 *     site from its prior (single-site trace MH); {@code rw} and {@code auto} are the kernels of
 *     {@code --method mh} ({@link org.ppl4j.inference.kernels.SiteKernel}), their random-walk
 *     scales learned from the particle cloud
 */
public record RmsmcConfig(SmcConfig smc, int mcmcSteps, Proposal proposal) {

  public RmsmcConfig {
    if (smc == null) {
      throw new IllegalArgumentException("smc settings must be given");
    }
    if (mcmcSteps < 0) {
      throw new IllegalArgumentException("mcmc steps must be >= 0, got " + mcmcSteps);
    }
    if (proposal == null) {
      throw new IllegalArgumentException("a proposal must be given");
    }
  }

  /** The settings with the {@code auto} proposal. */
  public RmsmcConfig(SmcConfig smc, int mcmcSteps) {
    this(smc, mcmcSteps, Proposal.AUTO);
  }

  /** SMC defaults with one MH step per particle after each resampling, proposal {@code auto}. */
  public static RmsmcConfig defaults() {
    return new RmsmcConfig(SmcConfig.defaults(), 1);
  }

  /** These settings with {@code p}. */
  public RmsmcConfig withProposal(Proposal p) {
    return new RmsmcConfig(smc, mcmcSteps, p);
  }
}
