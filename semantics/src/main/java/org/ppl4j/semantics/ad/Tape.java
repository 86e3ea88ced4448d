package org.ppl4j.semantics.ad;

import java.util.Arrays;

/**
 * A reverse-mode automatic-differentiation tape (a Wengert list): every operation on
 * {@link AdReal} numbers that depend on a variable of this tape appends one node holding its
 * value and the partial derivatives with respect to its parents. {@link #backward(AdReal)}
 * then sweeps the nodes in reverse order accumulating adjoints (Griewank and Walther,
 * "Evaluating Derivatives", 2nd ed., ch. 3; the same scheme as Stan Math's arena).
 *
 * <p>Nodes are stored in flat growable arrays (values, edge offsets, parent indices, partials),
 * so a node with any number of parents (a sum, a dot product) costs one entry. A tape is not
 * thread-safe: each chain owns its own and {@link #reset()}s it between gradient evaluations.
 * Constants never touch a tape: they live on {@link #CONSTANTS}, which records nothing.
 */
public final class Tape {

  /** The pseudo-tape of constants: numbers on it have no derivative and are never recorded. */
  public static final Tape CONSTANTS = new Tape();

  private double[] adjoints = new double[0];
  private int[] edgeStart = new int[64];
  private int[] parents = new int[128];
  private double[] partials = new double[128];
  private int nodes;
  private int edges;
  private final java.util.ArrayDeque<AdReal> scores = new java.util.ArrayDeque<>();

  /** An empty tape. */
  public Tape() {}

  /** The number of nodes recorded since the last {@link #reset()}. */
  public int size() {
    return nodes;
  }

  /** Forgets every node, keeping the storage; numbers made before are invalid afterwards. */
  public void reset() {
    nodes = 0;
    edges = 0;
    scores.clear();
  }

  /**
   * Queues {@code logWeight}, a log weight that a program is about to pass to a
   * {@code score} effect (whose weight is a plain double), so that the interpreter computing
   * gradients can take it back at that score with {@link #takeScore()}.
   */
  public void recordScore(AdReal logWeight) {
    if (this != CONSTANTS) {
      scores.addLast(logWeight);
    }
  }

  /** The oldest queued score, if any (see {@link #recordScore}). */
  public java.util.Optional<AdReal> takeScore() {
    return java.util.Optional.ofNullable(scores.pollFirst());
  }

  /** A new independent variable with value {@code value}. */
  public AdReal variable(double value) {
    requireRecording();
    return push(value);
  }

  /** Independent variables with the given values, in order. */
  public AdReal[] variables(double[] values) {
    AdReal[] out = new AdReal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = variable(values[i]);
    }
    return out;
  }

  /**
   * Computes the adjoint of every node with respect to {@code output} (reverse sweep); read
   * them with {@link #adjoint(AdReal)}. The output must be on this tape or a constant.
   */
  public void backward(AdReal output) {
    if (adjoints.length < nodes) {
      adjoints = new double[Math.max(nodes, 2 * adjoints.length)];
    }
    Arrays.fill(adjoints, 0, nodes, 0.0);
    if (output.isConstant()) {
      return;
    }
    if (output.tape() != this) {
      throw new IllegalArgumentException("backward: output belongs to another tape");
    }
    edgeStart[nodes] = edges;
    adjoints[output.index()] = 1.0;
    for (int i = output.index(); i >= 0; i--) {
      double adjoint = adjoints[i];
      if (adjoint == 0.0) {
        continue;
      }
      for (int e = edgeStart[i], end = edgeStart[i + 1]; e < end; e++) {
        adjoints[parents[e]] += partials[e] * adjoint;
      }
    }
  }

  /** The derivative of the last {@link #backward} output with respect to {@code x}. */
  public double adjoint(AdReal x) {
    return x.isConstant() ? 0.0 : adjoints[x.index()];
  }

  // ---- recording (used by AdReal and AdMath) ------------------------------------------------

  AdReal unary(double value, AdReal a, double da) {
    if (a.isConstant()) {
      return AdReal.constant(value);
    }
    AdReal out = push(value);
    edge(a.index(), da);
    return out;
  }

  AdReal binary(double value, AdReal a, double da, AdReal b, double db) {
    if (a.isConstant()) {
      return b.tape().unary(value, b, db);
    }
    if (b.isConstant()) {
      return unary(value, a, da);
    }
    if (a.tape() != b.tape()) {
      throw new IllegalArgumentException("numbers from two different tapes combined");
    }
    AdReal out = push(value);
    edge(a.index(), da);
    edge(b.index(), db);
    return out;
  }

  /** A node with parents {@code args[i]} and partials {@code d[i]}; constants are skipped. */
  static AdReal nary(double value, AdReal[] args, double[] d) {
    Tape tape = CONSTANTS;
    for (AdReal a : args) {
      if (!a.isConstant()) {
        if (tape != CONSTANTS && tape != a.tape()) {
          throw new IllegalArgumentException("numbers from two different tapes combined");
        }
        tape = a.tape();
      }
    }
    if (tape == CONSTANTS) {
      return AdReal.constant(value);
    }
    AdReal out = tape.push(value);
    for (int i = 0; i < args.length; i++) {
      if (!args[i].isConstant() && d[i] != 0.0) {
        tape.edge(args[i].index(), d[i]);
      }
    }
    return out;
  }

  private AdReal push(double value) {
    if (nodes + 1 >= edgeStart.length) {
      edgeStart = Arrays.copyOf(edgeStart, 2 * edgeStart.length);
    }
    edgeStart[nodes] = edges;
    edgeStart[nodes + 1] = edges;
    return new AdReal(value, nodes++, this);
  }

  private void edge(int parent, double partial) {
    if (edges == parents.length) {
      parents = Arrays.copyOf(parents, 2 * parents.length);
      partials = Arrays.copyOf(partials, 2 * partials.length);
    }
    parents[edges] = parent;
    partials[edges] = partial;
    edges++;
    edgeStart[nodes] = edges;
  }

  private void requireRecording() {
    if (this == CONSTANTS) {
      throw new IllegalStateException("the constant tape records no variables");
    }
  }
}
