package org.ppl4j.inference.gibbs;

import org.ppl4j.inference.parallel.Parallelism;

/**
 * Settings of particle Gibbs.
 *
 * @param samples draws kept per chain, &gt;= 1
 * @param warmup sweeps discarded at the start of each chain, &gt;= 0
 * @param chains independent chains, run in parallel, &gt;= 1
 * @param particles particles of each conditional SMC sweep, &gt;= 2
 * @param parallelism threads for the chains and the particles (results do not depend on it)
 */
public record ParticleGibbsConfig(
    int samples, int warmup, int chains, int particles, Parallelism parallelism) {

  public ParticleGibbsConfig {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must be >= 0, got " + warmup);
    }
    if (chains < 1) {
      throw new IllegalArgumentException("chains must be >= 1, got " + chains);
    }
    if (particles < 2) {
      throw new IllegalArgumentException("particles must be >= 2, got " + particles);
    }
    if (parallelism == null) {
      throw new IllegalArgumentException("parallelism must be given");
    }
  }

  /** 1,000 draws after 100 warm-up sweeps, 4 chains, 100 particles, all cores. */
  public static ParticleGibbsConfig defaults() {
    return new ParticleGibbsConfig(1000, 100, 4, 100, Parallelism.allCores());
  }
}
