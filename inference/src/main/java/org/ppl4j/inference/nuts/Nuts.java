package org.ppl4j.inference.nuts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** Runs {@code config.chains()} chains on up to {@code threads} threads (>= 1). */
  public static NutsResult sample(NutsTarget target, NutsConfig config, Rng rng, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    List<Rng> streams = new ArrayList<>();
    for (int c = 0; c < config.chains(); c++) {
      streams.add(rng.split());
    }
    int pool = Math.min(threads, config.chains());
    if (pool == 1) {
      List<ChainDraws> chains = new ArrayList<>();
      for (Rng stream : streams) {
        chains.add(new NutsChain(target, config, stream).run());
      }
      return new NutsResult(target.outputNames(), chains, config);
    }
    ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
      Thread t = new Thread(r, "nuts-chain");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ChainDraws>> futures = new ArrayList<>();
      for (Rng stream : streams) {
        futures.add(executor.submit(() -> new NutsChain(target, config, stream).run()));
      }
      List<ChainDraws> chains = new ArrayList<>();
      for (Future<ChainDraws> f : futures) {
        chains.add(f.get());
      }
      return new NutsResult(target.outputNames(), chains, config);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("nuts: interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("nuts: a chain failed", e.getCause());
    } finally {
      executor.shutdownNow();
    }
  }

  /** Runs the chains on as many threads as there are processors. */
  public static NutsResult sample(NutsTarget target, NutsConfig config, Rng rng) {
    return sample(target, config, rng, Runtime.getRuntime().availableProcessors());
  }
}
