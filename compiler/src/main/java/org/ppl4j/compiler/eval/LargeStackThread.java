package org.ppl4j.compiler.eval;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A daemon thread with a stack of a chosen size that computes one value, for the callers that
 * need more stack than the thread they run on: a deep recursion's {@link DeepStack} worker and a
 * run under {@code --timeout} ({@code runner.pipeline.Deadline}). What the body throws reaches
 * the waiting caller unchanged ({@link #await}); an unchecked exception or error is never
 * wrapped.
 *
 * @param <T> the value computed
 */
public class LargeStackThread<T> extends Thread {
  private final CompletableFuture<T> outcome = new CompletableFuture<>();
  private final Supplier<T> body;

  /** A thread called {@code name} with {@code stackBytes} of stack that will compute {@code body}. */
  public LargeStackThread(String name, long stackBytes, Supplier<T> body) {
    super(null, null, name, stackBytes);
    this.body = body;
    setDaemon(true);
  }

  @Override
  public final void run() {
    try {
      outcome.complete(body.get());
    } catch (Throwable e) {
      outcome.completeExceptionally(e);
    }
  }

  /** Ends the wait of {@link #await} at once with {@code failure}, the body running on. */
  final void fail(RuntimeException failure) {
    outcome.completeExceptionally(failure);
  }

  /**
   * The body's value, once computed; what the body threw is thrown here.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public final T await() throws InterruptedException {
    try {
      return outcome.get();
    } catch (ExecutionException e) {
      throw unwrapped(e);
    }
  }

  /**
   * The body's value, waiting at most {@code millis} milliseconds; what the body threw is
   * thrown here.
   *
   * @throws TimeoutException when the time passes first
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public final T await(long millis) throws InterruptedException, TimeoutException {
    try {
      return outcome.get(millis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw unwrapped(e);
    }
  }

  /** What the body threw: an unchecked exception or an error as it is. */
  private static RuntimeException unwrapped(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }
}
