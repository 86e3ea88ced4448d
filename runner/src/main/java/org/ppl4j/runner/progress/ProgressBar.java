package org.ppl4j.runner.progress;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line text progress bar, redrawn in place with a carriage return:
 * {@code smc [##########----------]  50%  25/50}. Redraws at most once per
 * {@code minIntervalNanos} (and always at 100%), so it costs nothing measurable when called
 * once per particle. Thread-safe.
 */
public final class ProgressBar implements Progress {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final LongSupplier nanoClock;
  private final long minIntervalNanos;
  private final AtomicLong done = new AtomicLong();
  private volatile String task = "";
  private volatile String detail = "";
  private volatile long total = 1;
  private long lastDrawNanos;
  private int lastLength;
  private boolean drawn;

  /**
   * A bar drawn on {@code out}.
   *
   * @param out the terminal's error stream
   * @param nanoClock a monotonic clock in nanoseconds (e.g. {@code System::nanoTime})
   * @param minIntervalNanos the least time between two redraws, &gt;= 0
   */
  public ProgressBar(PrintWriter out, LongSupplier nanoClock, long minIntervalNanos) {
    if (minIntervalNanos < 0) {
      throw new IllegalArgumentException("minIntervalNanos must be >= 0, got " + minIntervalNanos);
    }
    this.out = out;
    this.nanoClock = nanoClock;
    this.minIntervalNanos = minIntervalNanos;
  }

  /** A bar on {@code out} redrawn at most ten times a second. */
  public static ProgressBar onTerminal(PrintWriter out) {
    return new ProgressBar(out, System::nanoTime, 100_000_000L);
  }

  @Override
  public synchronized void begin(String task, long totalUnits) {
    if (totalUnits < 1) {
      throw new IllegalArgumentException("totalUnits must be >= 1, got " + totalUnits);
    }
    this.task = task;
    this.detail = "";
    this.total = totalUnits;
    done.set(0);
    drawn = false;
    draw(0);
  }

  @Override
  public void advance(long units) {
    long now = done.addAndGet(units);
    long last;
    synchronized (this) {
      last = lastDrawNanos;
    }
    boolean completes = now >= total && now - units < total; // drawn once, not on overflow
    if (completes || now < total && nanoClock.getAsLong() - last >= minIntervalNanos) {
      synchronized (this) {
        draw(Math.min(done.get(), total));
      }
    }
  }

  /** Shown after the counts from the next redraw on, until the next {@link #begin}. */
  @Override
  public void detail(String text) {
    detail = text;
  }

  @Override
  public synchronized void end() {
    if (drawn) {
      out.print("\r" + " ".repeat(lastLength) + "\r");
      out.flush();
    }
    drawn = false;
    lastLength = 0;
  }

  /** The line shown when {@code units} of the current task are done. */
  String line(long units) {
    int filled = (int) (WIDTH * units / total);
    long percent = 100 * units / total;
    String bar = String.format("%s [%s%s] %3d%%  %d/%d",
        task, "#".repeat(filled), "-".repeat(WIDTH - filled), percent, units, total);
    return detail.isEmpty() ? bar : bar + "  " + detail;
  }

  private void draw(long units) {
    String text = line(units);
    int pad = Math.max(0, lastLength - text.length());
    out.print("\r" + text + " ".repeat(pad));
    out.flush();
    lastLength = text.length();
    lastDrawNanos = nanoClock.getAsLong();
    drawn = true;
  }
}
