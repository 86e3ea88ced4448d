package org.ppl4j.inference.parallel;

import java.util.Arrays;
import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * Runs independent chains (MH, PMMH, particle Gibbs and NUTS chains) in parallel: chain
 * {@code c} gets the {@code c}-th generator split off {@code rng} before any chain starts, and
 * writes only its own result slot, so the results depend on the seed only, never on the number
 * of threads ({@code DeterminismTest}). The threads are those of {@link Parallelism}, the one
 * thread-pool mechanism of the inference module; a chain that throws has its exception rethrown
 * unchanged (that of the lowest chain index).
 */
public final class Chains {
  private Chains() {}

  /** One chain: its result from its index and its own generator. */
  @FunctionalInterface
  public interface Body<T> {
    /** Runs chain {@code index} drawing only from {@code rng}; the result must not be null. */
    T run(int index, Rng rng);
  }

  /**
   * Runs {@code n} chains on up to {@code parallelism.threads()} threads and returns their
   * results in chain order.
   *
   * @param n number of chains, &gt;= 0
   */
  public static <T> List<T> run(int n, Rng rng, Parallelism parallelism, Body<T> body) {
    Rng[] rngs = new Rng[n];
    for (int c = 0; c < n; c++) {
      rngs[c] = rng.split();
    }
    Object[] results = new Object[n];
    parallelism.forEach(n, 1, c -> results[c] = body.run(c, rngs[c]));
    @SuppressWarnings("unchecked")
    List<T> out = (List<T>) Arrays.asList(results);
    return List.copyOf(out);
  }
}
