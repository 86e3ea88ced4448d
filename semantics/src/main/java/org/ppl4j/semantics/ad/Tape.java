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
  private Rule[] rules = new Rule[64];
  private double[] constants = new double[64];
  private int nodes;
  private int edges;
  private final Recording recording = new Recording();
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
    recording.stop();
  }

  /**
   * Makes the next run on this (just reset) tape a recording: every node keeps its {@link Rule}
   * so that {@link #compile} can replay the run at other inputs, and a read of a recorded
   * number's value ({@link AdReal#value()}: a branch, a comparison, a conversion) marks the run
   * as not replayable, since the program may take another path elsewhere.
   */
  public void startRecording() {
    if (this == CONSTANTS) {
      throw new IllegalStateException("the constant tape records nothing");
    }
    recording.start();
  }

  /**
   * The recorded run as a straight-line program from {@code inputs} to {@code output}, or the
   * reason it cannot be replayed (a value read, an operation without a rule, an input that is
   * not one of {@code inputs}). Ends the recording.
   */
  public CompiledDensity.Outcome compile(AdReal[] inputs, AdReal output) {
    return compile(inputs, output, new AdReal[0]);
  }

  /**
   * As {@link #compile(AdReal[], AdReal)}, the compiled density also replaying {@code results}
   * (numbers of this tape, or constants): a program's reported quantities.
   */
  public CompiledDensity.Outcome compile(AdReal[] inputs, AdReal output, AdReal[] results) {
    String reason = recording.stop();
    if (reason != null) {
      return new CompiledDensity.Outcome.NotReplayable(reason);
    }
    if (output.isConstant() || output.tape() != this) {
      return new CompiledDensity.Outcome.NotReplayable("the log density does not depend on the"
          + " parameters");
    }
    int[] inputNodes = new int[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i].tape() != this) {
        return new CompiledDensity.Outcome.NotReplayable("an input is not on this tape");
      }
      inputNodes[i] = inputs[i].index();
    }
    int[] resultNodes = new int[results.length];
    double[] resultConstants = new double[results.length];
    for (int i = 0; i < results.length; i++) {
      if (results[i].isConstant()) {
        resultNodes[i] = -1;
        resultConstants[i] = results[i].peek();
      } else if (results[i].tape() != this) {
        return new CompiledDensity.Outcome.NotReplayable("a result is not on this tape");
      } else {
        resultNodes[i] = results[i].index();
      }
    }
    edgeStart[nodes] = edges;
    return CompiledDensity.of(Arrays.copyOf(rules, nodes), Arrays.copyOf(constants, nodes),
        Arrays.copyOf(edgeStart, nodes + 1), Arrays.copyOf(parents, edges), inputNodes,
        output.index(), resultNodes, resultConstants);
  }

  /**
   * The recorded run as it stands, every node in recording order ({@link StraightLine}), or
   * the reason it cannot be replayed (a value read, an operation without a rule). Ends the
   * recording.
   */
  public StraightLine.Outcome straightLine() {
    String reason = recording.stop();
    if (reason != null) {
      return new StraightLine.Outcome.NotReplayable(reason);
    }
    edgeStart[nodes] = edges;
    return new StraightLine.Outcome.Recorded(new StraightLine(Arrays.copyOf(rules, nodes),
        Arrays.copyOf(constants, nodes), Arrays.copyOf(edgeStart, nodes + 1),
        Arrays.copyOf(parents, edges)));
  }

  /** Tells a recording that the program read {@code x}'s value (see {@link #startRecording}). */
  void observed(AdReal x) {
    if (recording.active()) {
      recording.refuse("the program reads the value of a number that depends on the parameters"
          + Recording.caller());
    }
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
    return push(value, null, 0.0);
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

  // ---- recording (used by AdReal, AdMath and AdNode) ----------------------------------------

  /** {@code rule} applied to {@code a} (and the recorded {@code constant}). */
  static AdReal apply(Rule rule, double constant, AdReal a) {
    if (a.isConstant()) {
      return AdReal.constant(rule.apply(new double[] {a.peek()}, 1, constant, null));
    }
    return a.tape().unaryNode(rule, constant, a);
  }

  /** {@code rule} applied to {@code a} and {@code b}, neither of them a constant. */
  static AdReal apply(Rule rule, AdReal a, AdReal b) {
    if (a.tape() != b.tape()) {
      throw new IllegalArgumentException("numbers from two different tapes combined");
    }
    return a.tape().binaryNode(rule, a, b);
  }

  private final double[] in2 = new double[2];
  private final double[] d2 = new double[2];

  private AdReal unaryNode(Rule rule, double constant, AdReal a) {
    in2[0] = a.peek();
    double value = rule.apply(in2, 1, constant, d2);
    AdReal out = push(value, rule, constant);
    edge(a.index(), d2[0]);
    return out;
  }

  private AdReal binaryNode(Rule rule, AdReal a, AdReal b) {
    in2[0] = a.peek();
    in2[1] = b.peek();
    double value = rule.apply(in2, 2, 0.0, d2);
    AdReal out = push(value, rule, 0.0);
    edge(a.index(), d2[0]);
    edge(b.index(), d2[1]);
    return out;
  }

  /**
   * {@code rule} applied to {@code args} (constants among them included), as one node; a
   * constant when every argument is. While recording, constant arguments become nodes of their
   * own so that a replay passes the rule the same arguments.
   */
  static AdReal apply(Rule rule, double constant, AdReal[] args) {
    int n = args.length;
    double[] in = new double[n];
    Tape tape = CONSTANTS;
    for (int i = 0; i < n; i++) {
      in[i] = args[i].peek();
      if (!args[i].isConstant()) {
        if (tape != CONSTANTS && tape != args[i].tape()) {
          throw new IllegalArgumentException("numbers from two different tapes combined");
        }
        tape = args[i].tape();
      }
    }
    if (tape == CONSTANTS) {
      return AdReal.constant(rule.apply(in, n, constant, null));
    }
    double[] d = new double[n];
    double value = rule.apply(in, n, constant, d);
    boolean keepAll = tape.recording.active();
    int[] constantNodes = new int[n];
    if (keepAll) {
      for (int i = 0; i < n; i++) {
        if (args[i].isConstant()) {
          constantNodes[i] = tape.push(in[i], Elementary.CONSTANT, in[i]).index();
        }
      }
    }
    AdReal out = tape.push(value, rule, constant);
    for (int i = 0; i < n; i++) {
      if (!args[i].isConstant()) {
        tape.edge(args[i].index(), d[i]);
      } else if (keepAll) {
        tape.edge(constantNodes[i], 0.0);
      }
    }
    return out;
  }

  /** A node whose value and partials the caller computed, with no rule: never replayable. */
  AdReal unary(double value, AdReal a, double da) {
    if (a.isConstant()) {
      return AdReal.constant(value);
    }
    refuseRuleless();
    AdReal out = push(value, null, 0.0);
    edge(a.index(), da);
    return out;
  }

  /** As {@link #unary(double, AdReal, double)} with two parents. */
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
    refuseRuleless();
    AdReal out = push(value, null, 0.0);
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
    tape.refuseRuleless();
    AdReal out = tape.push(value, null, 0.0);
    for (int i = 0; i < args.length; i++) {
      if (!args[i].isConstant() && d[i] != 0.0) {
        tape.edge(args[i].index(), d[i]);
      }
    }
    return out;
  }

  private void refuseRuleless() {
    if (recording.active()) {
      recording.refuse("an operation without a replay rule" + Recording.caller());
    }
  }

  private AdReal push(double value, Rule rule, double constant) {
    if (nodes + 1 >= edgeStart.length) {
      edgeStart = Arrays.copyOf(edgeStart, 2 * edgeStart.length);
    }
    if (nodes == rules.length) {
      rules = Arrays.copyOf(rules, 2 * nodes);
      constants = Arrays.copyOf(constants, 2 * nodes);
    }
    rules[nodes] = rule;
    constants[nodes] = constant;
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
