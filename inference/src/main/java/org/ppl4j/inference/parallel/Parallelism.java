package org.ppl4j.inference.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;

/**
 * How many threads run particles and chains. Work is split over contiguous index ranges and
 * every index writes only its own slot, while every random stream is assigned by index before
 * the parallel section, so a result depends on the seed only, never on {@code threads}.
 *
 * <p>An exception thrown for some index is rethrown unchanged (the one of the lowest chunk), so
 * a user error raised inside a particle (a {@code PplException}) reaches the runner intact.
 *
 * @param threads number of worker threads, &gt;= 1
 */
public record Parallelism(int threads) {
  /**
   * Fewest indices per parallel chunk: one particle step costs about a microsecond, so smaller
   * chunks would cost more in hand-over than they gain.
   */
  static final int MIN_CHUNK = 64;
  private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

  public Parallelism {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /**
   * The threads a run may use when the caller has not limited them: one per available
   * processor, or the number {@link #limitedTo} set for the calling thread (and the threads it
   * starts), e.g. 1 inside a Spark task, where the executor's cores are the parallel unit.
   */
  private static final InheritableThreadLocal<Integer> LIMIT = new InheritableThreadLocal<>();

  /** One thread per available processor, or the limit {@link #limitedTo} set here. */
  public static Parallelism allCores() {
    Integer limit = LIMIT.get();
    return new Parallelism(limit != null ? limit : Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code body} with {@link #allCores()} giving at most {@code threads} threads on this
   * thread and the threads it starts. Results do not change (they never depend on the thread
   * count); only how many cores one run occupies.
   */
  public static <T> T limitedTo(int threads, java.util.function.Supplier<T> body) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Integer previous = LIMIT.get();
    LIMIT.set(threads);
    try {
      return body.get();
    } finally {
      if (previous == null) {
        LIMIT.remove();
      } else {
        LIMIT.set(previous);
      }
    }
  }

  /** Everything on the calling thread, in index order. */
  public static Parallelism sequential() {
    return new Parallelism(1);
  }

  /**
   * Runs {@code body} for every index in {@code 0..n-1}; with one thread (or fewer than two
   * chunks of {@value #MIN_CHUNK} indices), in increasing order on the calling thread.
   *
   * @param n number of indices, &gt;= 0
   */
  public void forEach(int n, IntConsumer body) {
    forEach(n, MIN_CHUNK, body);
  }

  /**
   * Runs {@code body} for every index in {@code 0..n-1}, in chunks of at least
   * {@code minChunk} indices (1 for heavy bodies such as whole Markov chains).
   *
   * @param n number of indices, &gt;= 0
   * @param minChunk fewest indices per parallel chunk, &gt;= 1
   */
  public void forEach(int n, int minChunk, IntConsumer body) {
    int chunks = Math.min(threads * 4, n / Math.max(1, minChunk));
    if (threads == 1 || chunks < 2) {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
      return;
    }
    ForkJoinPool pool = POOLS.computeIfAbsent(threads, ForkJoinPool::new);
    RuntimeException[] runtimeErrors = new RuntimeException[chunks];
    Error[] errors = new Error[chunks];
    List<ForkJoinTask<?>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) n * c / chunks);
      int to = (int) ((long) n * (c + 1) / chunks);
      int chunk = c;
      tasks.add(pool.submit(() -> {
        try {
          for (int i = from; i < to; i++) {
            body.accept(i);
          }
        } catch (RuntimeException e) {
          runtimeErrors[chunk] = e;
        } catch (Error e) {
          errors[chunk] = e;
        }
      }));
    }
    for (ForkJoinTask<?> task : tasks) {
      task.join();
    }
    for (int c = 0; c < chunks; c++) {
      if (runtimeErrors[c] != null) {
        throw runtimeErrors[c];
      }
      if (errors[c] != null) {
        throw errors[c];
      }
    }
  }
}
