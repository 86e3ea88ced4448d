package org.ppl4j.inference.nuts;

import java.util.List;
import org.ppl4j.inference.parallel.Chains;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * The No-U-Turn Sampler (Hoffman and Gelman 2014) as Stan runs it: multinomial trajectory
 * sampling with the generalised no-U-turn criterion (Betancourt 2017), dual-averaging step
 * size and a diagonal metric adapted in windows, several chains. Chain c uses the c-th
 * generator split from {@code rng} before any chain starts, so a seed gives the same draws
 * whatever the number of threads.
 */
public final class Nuts {
  private Nuts() {}

  /**
   * Runs {@code config.chains()} chains on up to {@code threads} threads (>= 1), by
   * {@link Chains#run}.
   */
  public static NutsResult sample(NutsTarget target, NutsConfig config, Rng rng, int threads) {
    return sample(target, config, InitialPoint.uniform(config.initRadius()), rng, threads);
  }

  /**
   * As {@link #sample(NutsTarget, NutsConfig, Rng, int)}, every chain starting from
   * {@code init} (Stan's init file: the same given values in every chain, what is not given
   * drawn by each chain) instead of {@code config.initRadius()}.
   */
  public static NutsResult sample(NutsTarget target, NutsConfig config, InitialPoint init,
      Rng rng, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    List<ChainDraws> chains = Chains.run(config.chains(), rng, new Parallelism(threads),
        (c, stream) -> new NutsChain(target, config, init, stream).run());
    return new NutsResult(target.outputNames(), chains, config);
  }

  /** As {@link #sample(NutsTarget, NutsConfig, InitialPoint, Rng, int)} on every core. */
  public static NutsResult sample(NutsTarget target, NutsConfig config, InitialPoint init,
      Rng rng) {
    return sample(target, config, init, rng, Parallelism.allCores().threads());
  }

  /**
   * Runs the chains on any model whose choices are continuous scalars (a Java DSL
   * {@code Model<Double>}), its result reported as {@code name}: {@link ContinuousTarget}.
   */
  public static NutsResult sample(Model<Double> model, String name, NutsConfig config, Rng rng) {
    return sample(ContinuousTarget.of(model, name), config, rng);
  }

  /** Runs the chains on as many threads as there are processors. */
  public static NutsResult sample(NutsTarget target, NutsConfig config, Rng rng) {
    return sample(target, config, rng, Parallelism.allCores().threads());
  }
}
