package org.ppl4j.inference.nuts;

import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.ppl4j.semantics.ad.CompiledDensity;

/**
 * The compiled path of a {@link ModelTarget}: records the program's log density once
 * ({@link CompiledDensity}), checks the recording against the interpreter, then answers
 * evaluations by replay. A block with one duty: whatever it answers equals what the interpreter
 * would (the taint rule of the recording tape makes a replay follow the recorded path, and the
 * check at the recorded point and at three others is a second line of defence); anything it
 * cannot answer (no recording, a replay that throws or is not finite) it leaves to the
 * interpreter, which reports the program's own error. Thread-safe: one thread records, every
 * thread replays with its own scratch space.
 */
final class CompiledPath {
  /** The relative (or, near zero, absolute) tolerance of the check against the interpreter. */
  static final double TOLERANCE = 1e-9;
  private static final int MAX_ATTEMPTS = 3;
  private static final int CHECK_POINTS = 3;

  /** One interpreted evaluation: the value, the gradient written into the second argument. */
  interface Interpreter {
    double logDensity(double[] position, double[] gradient);
  }

  private final boolean enabled;
  private final AtomicBoolean recording = new AtomicBoolean();
  private final AtomicInteger attempts = new AtomicInteger();
  private final LongAdder replayed = new LongAdder();
  private final LongAdder interpreted = new LongAdder();
  private volatile CompiledDensity density;
  private volatile String refusal;
  private CompiledDensity pending;
  private ThreadLocal<CompiledDensity.Evaluation> evaluations;

  CompiledPath(boolean enabled) {
    this.enabled = enabled;
  }

  /** The replayed log density, or NaN when the interpreter must answer. */
  double logDensity(double[] position, double[] gradient) {
    CompiledDensity d = density;
    if (d == null) {
      return Double.NaN;
    }
    try {
      double value = evaluations.get().logDensity(position, gradient);
      if (Double.isFinite(value)) {
        replayed.increment();
        return value;
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      // the interpreter reports the program's error at this point
    }
    return Double.NaN;
  }

  /** Whether the caller should record this evaluation (then it must call {@link #check}). */
  boolean claimRecording() {
    return enabled && density == null && refusal == null && attempts.get() < MAX_ATTEMPTS
        && recording.compareAndSet(false, true);
  }

  /** What the recording run gave: a compiled density or why not, and the run's value. */
  void recorded(CompiledDensity.Outcome outcome, double value) {
    attempts.incrementAndGet();
    if (outcome instanceof CompiledDensity.Outcome.NotReplayable n) {
      refusal = n.reason();
    } else if (outcome instanceof CompiledDensity.Outcome.Compiled c && Double.isFinite(value)) {
      pending = c.density();
    }
  }

  /** The recording run threw (the interpreter's error goes to the caller). */
  void recordingFailed() {
    attempts.incrementAndGet();
    pending = null;
    recording.set(false);
  }

  /**
   * Checks the pending compiled density against {@code interpreter} at {@code recordedAt} and
   * at {@value #CHECK_POINTS} points around it (fixed seed), then adopts it or refuses it.
   */
  void check(double[] recordedAt, Interpreter interpreter) {
    CompiledDensity candidate = pending;
    pending = null;
    try {
      if (candidate == null) {
        return;
      }
      Random random = new Random(20261207L);
      String mismatch = compare(candidate, recordedAt, interpreter);
      for (int k = 0; k < CHECK_POINTS && mismatch == null; k++) {
        double[] x = recordedAt.clone();
        for (int i = 0; i < x.length; i++) {
          x[i] += 0.5 * random.nextGaussian();
        }
        mismatch = compare(candidate, x, interpreter);
      }
      if (mismatch != null) {
        refusal = "the compiled density disagreed with the interpreter (" + mismatch + ")";
        return;
      }
      evaluations = ThreadLocal.withInitial(candidate::newEvaluation);
      density = candidate;
    } finally {
      recording.set(false);
    }
  }

  /** Null when the replay agrees with the interpreter at {@code x}, else how it differs. */
  private static String compare(CompiledDensity candidate, double[] x, Interpreter interpreter) {
    double[] expectedGradient = new double[x.length];
    double expected;
    try {
      expected = interpreter.logDensity(x, expectedGradient);
    } catch (RuntimeException e) {
      expected = Double.NaN;
    }
    double[] gradient = new double[x.length];
    double actual;
    try {
      actual = candidate.newEvaluation().logDensity(x, gradient);
    } catch (RuntimeException e) {
      actual = Double.NaN;
    }
    if (!Double.isFinite(actual)) {
      return null; // a replay that is not finite is never used
    }
    if (!close(expected, actual)) {
      return "log density " + actual + " instead of " + expected;
    }
    for (int i = 0; i < x.length; i++) {
      if (!close(expectedGradient[i], gradient[i])) {
        return "partial " + i + " " + gradient[i] + " instead of " + expectedGradient[i];
      }
    }
    return null;
  }

  private static boolean close(double expected, double actual) {
    return Math.abs(actual - expected) <= TOLERANCE * Math.max(1.0, Math.abs(expected));
  }

  void countInterpreted() {
    interpreted.increment();
  }

  /** Which path ran, with its counts. */
  String describe() {
    CompiledDensity d = density;
    String counts = replayed.sum() + " evaluations replayed, " + interpreted.sum()
        + " interpreted";
    if (d != null) {
      return "compiled (" + d.size() + " operations; " + counts + ")";
    }
    if (!enabled) {
      return "interpreted (compilation off; " + counts + ")";
    }
    if (refusal != null) {
      return "interpreted: " + refusal + " (" + counts + ")";
    }
    return "interpreted: no finite point recorded yet (" + counts + ")";
  }
}
