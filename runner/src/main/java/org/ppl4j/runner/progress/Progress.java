package org.ppl4j.runner.progress;

/**
 * Where a long-running inference reports how far it has got: a task with a known number of
 * units (SMC steps, MCMC iterations, training epochs), advanced as units complete.
 *
 * <p>Implementations are thread-safe: particles and chains running on several threads may call
 * {@link #advance(long)} concurrently. Reporting never changes a result; {@link #silent()}
 * ignores every call.
 */
public interface Progress {

  /**
   * Starts (or restarts) a task.
   *
   * @param task a short lower-case label, e.g. {@code "smc"} or {@code "warmup"}
   * @param totalUnits the number of units the task will complete, &gt;= 1
   */
  void begin(String task, long totalUnits);

  /**
   * Records that {@code units} more units of the current task are done.
   *
   * @param units &gt;= 0
   */
  void advance(long units);

  /**
   * Shows {@code text} (e.g. {@code "elbo -123.4"}) beside the current task's progress until
   * the next {@link #begin}; ignored by default.
   */
  default void detail(String text) {}

  /** Ends the current task (a bar is cleared from the terminal). */
  void end();

  /** A progress sink that reports nothing. */
  static Progress silent() {
    return SilentProgress.INSTANCE;
  }
}
