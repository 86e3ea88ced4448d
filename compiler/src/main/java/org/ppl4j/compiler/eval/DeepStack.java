package org.ppl4j.compiler.eval;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * Deep direct (pure) recursion whatever thread runs the model: after {@link #HOP} nested direct
 * calls on a thread that is not one of ours (an inference thread, a pool's worker, the notebook
 * kernel's thread, with whatever stack they were given), the evaluation moves to a fresh
 * {@link Worker} whose stack is {@link #STACK_BYTES} large, the caller waiting; it stays there (a
 * worker never hops again), so the depth of a non-tail recursion is bounded by that stack, memory
 * that is reserved, and touched only as deep as the recursion goes. When it runs out, the
 * innermost call site that can still build it reports the located "recursion too deep" error
 * ({@link RecursionLimit}) to the waiting caller at once ({@link #failEarly}), while the worker's
 * stack unwinds on its own. Effectful recursion needs no hop: it runs on the {@code Model}
 * trampoline, on the heap.
 */
final class DeepStack {
  /** Nested direct calls evaluated on a thread that is not a {@link Worker}. */
  static final int HOP = 256;

  /**
   * The stack of a worker: 128 MiB of reserved address space (the system property
   * {@code ppl.stackMiB} changes it): 100,000 levels of a small non-tail recursion fit even in
   * the interpreter (they need 64 to 128 MiB there), several times more once the JIT has
   * compiled it. Not more by default: a garbage collection scans the whole depth of every live
   * stack, so a runaway recursion's cost grows with the square of the stack's size (256 MiB took
   * 28 s of CPU under {@code ppl run}'s SMC, 128 MiB 9 to 12 s).
   */
  static final long STACK_BYTES = Long.getLong("ppl.stackMiB", 128L) << 20;

  static {
    // Loads and initialises every class of the "recursion too deep" error before any deep
    // recursion: a class first loaded when the stack has run out fails to load for good.
    new CompletableFuture<>().completeExceptionally(
        Fail.at(new SourceSpan("<deep-stack>", 1, 1, 1), RecursionLimit.message("f")));
  }

  private DeepStack() {}

  /** A thread with the large stack that computes one value; code on one never hops again. */
  static final class Worker extends LargeStackThread<Object> {
    Worker(Supplier<?> body) {
      super("ppl-deep-call", STACK_BYTES, body::get);
    }
  }

  /** Whether a direct call at {@code depth} should continue on a worker's stack. */
  static boolean needsHop(int depth) {
    return depth > 0 && depth % HOP == 0 && !(Thread.currentThread() instanceof Worker);
  }

  /**
   * Hands {@code failure} to the thread waiting for this worker, if the current thread is one,
   * before the worker's stack unwinds (which, millions of frames deep, takes seconds); the
   * evaluation on the worker has no effect anyone could observe, so the caller may go on.
   */
  static void failEarly(RuntimeException failure) {
    if (Thread.currentThread() instanceof Worker w) {
      w.fail(failure);
    }
  }

  /**
   * {@code body.get()} evaluated on a fresh {@link Worker}; what it throws is rethrown here. An
   * interrupt of the waiting thread (a {@code --timeout}) is passed on to the worker.
   */
  @SuppressWarnings("unchecked")
  static <T> T onFreshStack(Supplier<T> body) {
    Worker t = new Worker(body);
    t.start();
    try {
      return (T) t.await();
    } catch (InterruptedException e) {
      t.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during a deep call", e);
    }
  }
}
