package org.ppl4j.pfn.tensor.cpu;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Splits an index range into chunks run on a fork-join pool. Each index is handled by exactly one
 * task, so kernels that write disjoint outputs per index give results independent of the thread
 * count.
 *
 * <p>The pool is the module's one worker pool: every {@link CpuBackend} with the same thread
 * count, whichever network (PFN or Distribution Transformer) it trains or runs, shares it, and it
 * lives as long as the JVM (its workers are daemon threads), so opening a backend per command or
 * per loaded file starts no new threads.
 */
final class Parallel {

  /** Work on the index range {@code [from, to)}. */
  @FunctionalInterface
  interface RangeBody {
    void run(int from, int to);
  }

  private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

  private final ForkJoinPool pool;
  private final int threads;

  Parallel(int threads) {
    this.threads = threads;
    this.pool = threads > 1 ? POOLS.computeIfAbsent(threads, ForkJoinPool::new) : null;
  }

  int threads() {
    return threads;
  }

  /** The shared pool the work runs on; absent with one thread (the work then runs inline). */
  Optional<ForkJoinPool> pool() {
    return Optional.ofNullable(pool);
  }

  /**
   * Runs {@code body} over {@code [0, n)} in chunks of at least {@code minChunk} indices; runs
   * inline when the range is small or only one thread is configured.
   */
  void forRange(int n, int minChunk, RangeBody body) {
    int chunks = Math.min(threads * 4, Math.max(1, n / Math.max(1, minChunk)));
    if (chunks <= 1 || pool == null) {
      body.run(0, n);
      return;
    }
    pool.invoke(new Chunk(body, 0, n, (n + chunks - 1) / chunks));
  }

  private static final class Chunk extends RecursiveAction {
    private final RangeBody body;
    private final int from;
    private final int to;
    private final int grain;

    Chunk(RangeBody body, int from, int to, int grain) {
      this.body = body;
      this.from = from;
      this.to = to;
      this.grain = grain;
    }

    @Override
    protected void compute() {
      if (to - from <= grain) {
        body.run(from, to);
        return;
      }
      int mid = from + ((to - from) / grain / 2) * grain;
      if (mid == from) {
        mid = from + grain;
      }
      invokeAll(new Chunk(body, from, mid, grain), new Chunk(body, mid, to, grain));
    }
  }
}
