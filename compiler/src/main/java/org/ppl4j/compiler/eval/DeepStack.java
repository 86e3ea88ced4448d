package org.ppl4j.compiler.eval;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Deterministic recursion depth for direct (pure) calls: every {@link #HOP} nested calls the
 * evaluation continues on a fresh thread with a large stack, the caller waiting, so a pure
 * recursion reaches {@link Closure#MAX_DEPTH} whatever the stack size of the thread that runs
 * the model. Effectful recursion needs no hop: it runs on the {@code Model} trampoline.
 */
final class DeepStack {
  /** Nested direct calls evaluated on one thread's stack. */
  static final int HOP = 256;
  private static final long STACK_BYTES = 64L << 20;

  private DeepStack() {}

  /** Whether a call at {@code depth} should continue on a fresh stack. */
  static boolean needsHop(int depth) {
    return depth > 0 && depth % HOP == 0;
  }

  /** {@code body.get()} evaluated on a fresh thread with a large stack. */
  static <T> T onFreshStack(Supplier<T> body) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(body.get());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "ppl-deep-call", STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during a deep call", e);
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    return result.get();
  }
}
