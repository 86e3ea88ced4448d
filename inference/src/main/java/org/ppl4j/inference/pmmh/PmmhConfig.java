package org.ppl4j.inference.pmmh;

import org.ppl4j.inference.smc.SmcConfig;

/**
 * Settings of particle marginal Metropolis-Hastings.
 *
 * @param samples draws kept per chain, &gt;= 1
 * @param warmup steps discarded at the start of each chain, &gt;= 0
 * @param chains independent chains, run in parallel on the threads of {@code smc}, &gt;= 1
 * @param smc the SMC run that estimates the likelihood of each proposed parameter
 */
public record PmmhConfig(int samples, int warmup, int chains, SmcConfig smc) {

  public PmmhConfig {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must be >= 0, got " + warmup);
    }
    if (chains < 1) {
      throw new IllegalArgumentException("chains must be >= 1, got " + chains);
    }
    if (smc == null) {
      throw new IllegalArgumentException("smc settings must be given");
    }
  }

  /** 1,000 draws after 200 warm-up steps, 4 chains, 100 particles per likelihood estimate. */
  public static PmmhConfig defaults() {
    return new PmmhConfig(1000, 200, 4, SmcConfig.defaults().withParticles(100));
  }
}
