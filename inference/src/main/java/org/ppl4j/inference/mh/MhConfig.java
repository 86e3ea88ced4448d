package org.ppl4j.inference.mh;

import org.ppl4j.inference.parallel.Parallelism;

/**
 * Settings of single-site trace Metropolis-Hastings.
 *
 * @param samples draws kept per chain, &gt;= 1
 * @param warmup steps discarded at the start of each chain (burn-in), &gt;= 0
 * @param thin kernel steps between kept draws, &gt;= 1
 * @param chains independent chains, &gt;= 1
 * @param parallelism threads for the chains (results do not depend on it)
 */
public record MhConfig(int samples, int warmup, int thin, int chains, Parallelism parallelism) {

  public MhConfig {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must be >= 0, got " + warmup);
    }
    if (thin < 1) {
      throw new IllegalArgumentException("thin must be >= 1, got " + thin);
    }
    if (chains < 1) {
      throw new IllegalArgumentException("chains must be >= 1, got " + chains);
    }
    if (parallelism == null) {
      throw new IllegalArgumentException("parallelism must be given");
    }
  }

  /** 1,000 draws after 1,000 warm-up steps, no thinning, 4 chains, all cores. */
  public static MhConfig defaults() {
    return new MhConfig(1000, 1000, 1, 4, Parallelism.allCores());
  }
}
