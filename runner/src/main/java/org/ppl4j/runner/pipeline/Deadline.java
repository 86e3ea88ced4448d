package org.ppl4j.runner.pipeline;

import java.util.OptionalDouble;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.ppl4j.compiler.eval.LargeStackThread;
import org.ppl4j.runner.UserError;

/**
 * Runs a run's inference under {@code --timeout} (issue 20: a run that would go on for hours
 * stops within seconds with a clear error). Without a limit the work runs on the caller's
 * thread, unchanged. With one it runs on a worker thread with the same large stack as the
 * command's ({@code ppl} recurses over a program's nesting); when the limit passes, the worker is
 * interrupted and a {@link UserError} says so. Inference does not poll for interruption, so the
 * abandoned worker (a daemon thread) may compute on until the command's JVM exits, which the
 * {@code ppl} command does at once; a notebook kernel keeps it until it finishes.
 */
final class Deadline {
  /** The worker's stack: as the command thread's ({@code cli.Main}). */
  private static final long STACK_BYTES = 1L << 30;

  private Deadline() {}

  /**
   * The value of {@code work}, computed within {@code seconds} when given.
   *
   * @throws UserError if the limit passes first
   */
  static <T> T within(OptionalDouble seconds, Supplier<T> work) {
    if (seconds.isEmpty()) {
      return work.get();
    }
    LargeStackThread<T> worker = new LargeStackThread<>("ppl-run", STACK_BYTES, work);
    worker.start();
    try {
      return worker.await((long) Math.ceil(seconds.getAsDouble() * 1000));
    } catch (TimeoutException e) {
      worker.interrupt();
      throw new UserError("the run did not finish within --timeout "
          + secondsText(seconds.getAsDouble()) + " s; use fewer particles, samples or chains,"
          + " a faster method, or a larger --timeout");
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new UserError("the run was interrupted");
    }
  }

  private static String secondsText(double seconds) {
    return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
  }
}
