package org.ppl4j.inference.nuts;

import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import org.ppl4j.semantics.ad.CompiledDensity;

/**
 * The compiled path of a {@link ModelTarget}: records the program's log density once, before
 * any evaluation ({@link CompiledDensity}), checks the recording against the interpreter, then
 * answers evaluations by replay. A block with one duty: whatever it answers equals what the interpreter
 * would (the taint rule of the recording tape makes a replay follow the recorded path, and the
 * check at the recorded point and at three others is a second line of defence); anything it
 * cannot answer (no recording, a replay that throws or is not finite) it leaves to the
 * interpreter, which reports the program's own error. Thread-safe: the constructing thread
 * records, every thread replays with its own scratch space.
 */
final class CompiledPath {
  /** The relative (or, near zero, absolute) tolerance of the check against the interpreter. */
  static final double TOLERANCE = 1e-9;
  private static final int CHECK_POINTS = 3;

  /** One interpreted evaluation: the value, the gradient written into the second argument. */
  interface Interpreter {
    double logDensity(double[] position, double[] gradient);
  }

  private final boolean enabled;
  private final LongAdder replayed = new LongAdder();
  private final LongAdder interpreted = new LongAdder();
  private volatile CompiledDensity density;
  private volatile String refusal;
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

  /**
   * Records the density at fixed points (the origin, then two others; the first where the
   * run is finite and replayable), checks the recording against {@code interpreter} there and
   * at {@value #CHECK_POINTS} points around it (fixed seed), and adopts it or keeps the reason
   * there is none. Runs on the caller's thread, before any evaluation: deterministic.
   */
  void record(int dimension, java.util.function.Function<double[], CompiledDensity.Outcome>
      recorder, Interpreter interpreter,
      java.util.function.Function<double[], double[]> interpretedOutputs) {
    if (!enabled) {
      return;
    }
    double[][] starts = {new double[dimension], filled(dimension, 0.1), filled(dimension, -0.1)};
    for (double[] start : starts) {
      CompiledDensity.Outcome outcome;
      try {
        outcome = recorder.apply(start);
      } catch (RuntimeException e) {
        refusal = "the program failed at the recording point (" + e.getMessage() + ")";
        continue;
      }
      if (outcome instanceof CompiledDensity.Outcome.NotReplayable n) {
        refusal = n.reason();
        if (!n.reason().startsWith("the log density is not finite")) {
          return; // the program's shape, not the point: no other point can do better
        }
        continue;
      }
      CompiledDensity candidate = ((CompiledDensity.Outcome.Compiled) outcome).density();
      Random random = new Random(20261207L);
      String mismatch = compare(candidate, start, interpreter, interpretedOutputs);
      for (int k = 0; k < CHECK_POINTS && mismatch == null; k++) {
        double[] x = start.clone();
        for (int i = 0; i < x.length; i++) {
          x[i] += 0.5 * random.nextGaussian();
        }
        mismatch = compare(candidate, x, interpreter, interpretedOutputs);
      }
      if (mismatch != null) {
        refusal = "the compiled density disagreed with the interpreter (" + mismatch + ")";
        return;
      }
      refusal = null;
      evaluations = ThreadLocal.withInitial(candidate::newEvaluation);
      density = candidate;
      return;
    }
  }

  private static double[] filled(int n, double v) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, v);
    return out;
  }

  /** Null when the replay agrees with the interpreter at {@code x}, else how it differs. */
  private static String compare(CompiledDensity candidate, double[] x, Interpreter interpreter,
      java.util.function.Function<double[], double[]> interpretedOutputs) {
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
    double[] expectedOutputs;
    double[] outputs;
    try {
      expectedOutputs = interpretedOutputs.apply(x);
      outputs = candidate.newEvaluation().results(x);
    } catch (RuntimeException e) {
      return "the outputs failed (" + e.getMessage() + ")";
    }
    if (outputs.length != expectedOutputs.length) {
      return outputs.length + " outputs instead of " + expectedOutputs.length;
    }
    for (int i = 0; i < outputs.length; i++) {
      if (!close(expectedOutputs[i], outputs[i])
          && Double.compare(expectedOutputs[i], outputs[i]) != 0) {
        return "output " + i + " " + outputs[i] + " instead of " + expectedOutputs[i];
      }
    }
    return null;
  }

  private static boolean close(double expected, double actual) {
    return Math.abs(actual - expected) <= TOLERANCE * Math.max(1.0, Math.abs(expected));
  }

  /** The replayed outputs at {@code position}, or null when the interpreter must give them. */
  double[] outputs(double[] position) {
    CompiledDensity d = density;
    if (d == null) {
      return null;
    }
    try {
      return evaluations.get().results(position);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return null;
    }
  }

  boolean replays() {
    return density != null;
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
    return "interpreted: " + (refusal == null ? "not recorded" : refusal) + " (" + counts + ")";
  }
}
