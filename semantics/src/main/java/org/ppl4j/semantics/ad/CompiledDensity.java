package org.ppl4j.semantics.ad;

import java.util.Arrays;

/**
 * A log density compiled from one recorded run of a program: the run's tape kept as a
 * straight-line program over flat arrays (each node's {@link Rule}, its recorded constant, its
 * parents), replayed forward at any input and swept backward for the gradient, with no boxing,
 * no interpretation and no allocation per evaluation. This is "record once, replay many" of
 * Griewank and Walther ("Evaluating Derivatives", 2nd ed., §6.1, tape reuse), sound here
 * because the recording tape refuses any run that read a parameter-dependent value
 * ({@link Tape#startRecording()}): such a run's path could differ at other inputs.
 *
 * <p>Affine trees are fused into single nodes first ({@link AffineFusion}), and the terms of a
 * scalar loop's observes merged into one node ({@link TermMerging}). Nodes that the
 * output does not depend on are skipped, except those whose rule may reject its arguments
 * ({@link Rule#canReject()}: a distribution's parameter outside its domain), as the program
 * would, so they are kept and run. An evaluation that throws or gives
 * a non-finite log density is for the caller to hand to the interpreter, which reports the
 * program's own error.
 */
public final class CompiledDensity {
  private final Rule[] rules;
  private final double[] constants;
  private final int[] edgeStart;
  private final int[] parents;
  private final int[] inputs;
  private final int output;
  /** The nodes to run, in recording order. */
  private final int[] order;
  private final int widest;
  /** Per node: the {@link Elementary} case of its rule, or -1 for another rule. */
  private final int[] opcode;

  /** What {@link Tape#compile} gives: a compiled density or why there is none. */
  public sealed interface Outcome {
    /** The run compiled. */
    record Compiled(CompiledDensity density) implements Outcome {}

    /** The run cannot be replayed, for {@code reason}. */
    record NotReplayable(String reason) implements Outcome {}
  }

  /** The replayed results: node indices, or -1 for the constant at the same place. */
  private final int[] results;
  private final double[] resultConstants;

  private CompiledDensity(Rule[] rules, double[] constants, int[] edgeStart, int[] parents,
      int[] inputs, int output, int[] order, int[] results, double[] resultConstants) {
    this.results = results;
    this.resultConstants = resultConstants;
    this.rules = rules;
    this.constants = constants;
    this.edgeStart = edgeStart;
    this.parents = parents;
    this.inputs = inputs;
    this.output = output;
    this.order = order;
    int w = 2;
    for (int i : order) {
      w = Math.max(w, edgeStart[i + 1] - edgeStart[i]);
    }
    this.widest = w;
    this.opcode = new int[rules.length];
    for (int i = 0; i < rules.length; i++) {
      opcode[i] = rules[i] instanceof Elementary e ? e.ordinal()
          : rules[i] instanceof Affine ? AFFINE : -1;
    }
  }

  private static final int AFFINE = -2;
  private static final int ADD = Elementary.ADD.ordinal();
  private static final int SUB = Elementary.SUB.ordinal();
  private static final int MUL = Elementary.MUL.ordinal();
  private static final int ADD_C = Elementary.ADD_C.ordinal();
  private static final int MUL_C = Elementary.MUL_C.ordinal();

  static Outcome of(Rule[] recordedRules, double[] constants, int[] recordedStart,
      int[] recordedParents, int[] inputs, int output, int[] results,
      double[] resultConstants) {
    AffineFusion.Fused fused = TermMerging.merge(AffineFusion.fuse(recordedRules, constants,
        recordedStart, recordedParents, output, results), output, results);
    Rule[] rules = fused.rules();
    int[] edgeStart = fused.edgeStart();
    int[] parents = fused.parents();
    boolean[] isInput = new boolean[rules.length];
    for (int i : inputs) {
      isInput[i] = true;
    }
    boolean[] live = new boolean[rules.length];
    live[output] = true;
    for (int r : results) {
      if (r >= 0) {
        live[r] = true;
      }
    }
    int count = 0;
    for (int i = rules.length - 1; i >= 0; i--) {
      if (rules[i] == null && !isInput[i]) {
        return new Outcome.NotReplayable("the run made an independent variable that is not"
            + " one of the parameters");
      }
      if (rules[i] != null && rules[i].canReject()) {
        live[i] = true;
      }
      if (live[i]) {
        count++;
        for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
          live[parents[e]] = true;
        }
      }
    }
    int[] order = new int[count];
    int k = 0;
    for (int i = 0; i < rules.length; i++) {
      if (live[i]) {
        order[k++] = i;
      }
    }
    return new Outcome.Compiled(new CompiledDensity(rules, constants, edgeStart, parents,
        inputs, output, order, results, resultConstants));
  }

  /** The number of operations a replay runs (inputs included). */
  public int size() {
    return order.length;
  }

  /** The number of inputs (the parameters, on the unconstrained scale). */
  public int dimension() {
    return inputs.length;
  }

  /**
   * Result {@code result} ({@link Evaluation#results}) at {@code count} points at once, value
   * only: {@code out[p]} is {@code results(position_p)[result]} with {@code position_p[k] =
   * columns[k][p]}, the nodes run one after another over every point (each rule's
   * {@link Rule#applyEach}, with no partials; the commonest arithmetic inline, as in a replay).
   * Allocates its own arrays, so threads may share this density. For importance weights, where
   * no gradient is wanted.
   *
   * @throws IllegalArgumentException when a rule rejects its arguments at any point (the caller
   *     may then replay point by point)
   */
  public void resultEach(double[][] columns, int count, int result, double[] out) {
    if (columns.length != inputs.length) {
      throw new IllegalArgumentException("expected " + inputs.length + " inputs, got "
          + columns.length);
    }
    if (results[result] < 0) {
      Arrays.fill(out, 0, count, resultConstants[result]);
      return;
    }
    double[][] values = new double[rules.length][];
    for (int k = 0; k < inputs.length; k++) {
      values[inputs[k]] = columns[k];
    }
    double[] skip = new double[count];
    double[] in = new double[widest];
    for (int i : order) {
      Rule rule = rules[i];
      if (rule == null) {
        continue;
      }
      int start = edgeStart[i];
      int n = edgeStart[i + 1] - start;
      double[][] from = new double[n][];
      for (int j = 0; j < n; j++) {
        from[j] = values[parents[start + j]];
      }
      double[] v = new double[count];
      double c = constants[i];
      int op = opcode[i];
      if (op == AFFINE) {
        Affine a = (Affine) rule;
        double[] w = a.weights();
        for (int p = 0; p < count; p++) {
          double total = a.offset();
          for (int j = 0; j < n; j++) {
            total += w[j] * from[j][p];
          }
          v[p] = total;
        }
      } else if (op == ADD_C || op == MUL_C) {
        for (int p = 0; p < count; p++) {
          v[p] = op == ADD_C ? from[0][p] + c : from[0][p] * c;
        }
      } else if (op == ADD || op == SUB || op == MUL) {
        for (int p = 0; p < count; p++) {
          double x = from[0][p];
          double y = from[1][p];
          v[p] = op == ADD ? x + y : op == SUB ? x - y : x * y;
        }
      } else {
        rule.applyEach(from, c, v, 0, count, skip, in);
      }
      values[i] = v;
    }
    System.arraycopy(values[results[result]], 0, out, 0, count);
  }

  /** Scratch space for evaluations on one thread. */
  public Evaluation newEvaluation() {
    return new Evaluation();
  }

  /** One thread's scratch space: values, partials and adjoints of every node. */
  public final class Evaluation {
    private final double[] values = new double[rules.length];
    private final double[] partials = new double[parents.length];
    private final double[] adjoints = new double[rules.length];
    private final double[] in = new double[widest];
    private final double[] d = new double[widest];

    private Evaluation() {
      for (int i : order) {
        if (rules[i] instanceof Affine a) {
          System.arraycopy(a.weights(), 0, partials, edgeStart[i], a.weights().length);
        }
      }
    }

    /**
     * The log density at {@code position}, its gradient written into {@code gradient}.
     *
     * @throws IllegalArgumentException when a rule rejects its arguments
     */
    public double logDensity(double[] position, double[] gradient) {
      forward(position);
      for (int i : order) {
        adjoints[i] = 0.0;
      }
      adjoints[output] = 1.0;
      for (int k = order.length - 1; k >= 0; k--) {
        int i = order[k];
        double adjoint = adjoints[i];
        if (adjoint == 0.0) {
          continue;
        }
        for (int e = edgeStart[i], end = edgeStart[i + 1]; e < end; e++) {
          adjoints[parents[e]] += partials[e] * adjoint;
        }
      }
      for (int k = 0; k < inputs.length; k++) {
        gradient[k] = adjoints[inputs[k]];
      }
      return values[output];
    }

    /**
     * The results recorded with the density ({@link Tape#compile(AdReal[], AdReal, AdReal[])})
     * at {@code position}: one forward replay, no gradient.
     *
     * @throws IllegalArgumentException when a rule rejects its arguments
     */
    public double[] results(double[] position) {
      forward(position);
      double[] out = new double[results.length];
      for (int k = 0; k < out.length; k++) {
        out[k] = results[k] < 0 ? resultConstants[k] : values[results[k]];
      }
      return out;
    }

    private void forward(double[] position) {
      if (position.length != inputs.length) {
        throw new IllegalArgumentException("expected " + inputs.length + " inputs, got "
            + position.length);
      }
      for (int k = 0; k < inputs.length; k++) {
        values[inputs[k]] = position[k];
      }
      for (int i : order) {
        Rule rule = rules[i];
        if (rule == null) {
          continue;
        }
        int start = edgeStart[i];
        int n = edgeStart[i + 1] - start;
        int op = opcode[i];
        // the commonest cases inline (what their rules compute, without the call); an affine
        // node's partials are its weights, written once when this scratch space was made
        if (op == AFFINE) {
          Affine a = (Affine) rule;
          double[] w = a.weights();
          double total = a.offset();
          for (int j = 0; j < n; j++) {
            total += w[j] * values[parents[start + j]];
          }
          values[i] = total;
          continue;
        } else if (op == ADD_C) {
          values[i] = values[parents[start]] + constants[i];
          partials[start] = 1.0;
          continue;
        } else if (op == MUL_C) {
          values[i] = values[parents[start]] * constants[i];
          partials[start] = constants[i];
          continue;
        } else if (op == ADD) {
          values[i] = values[parents[start]] + values[parents[start + 1]];
          partials[start] = 1.0;
          partials[start + 1] = 1.0;
          continue;
        } else if (op == SUB) {
          values[i] = values[parents[start]] - values[parents[start + 1]];
          partials[start] = 1.0;
          partials[start + 1] = -1.0;
          continue;
        } else if (op == MUL) {
          double a = values[parents[start]];
          double b = values[parents[start + 1]];
          values[i] = a * b;
          partials[start] = b;
          partials[start + 1] = a;
          continue;
        }
        for (int j = 0; j < n; j++) {
          in[j] = values[parents[start + j]];
        }
        values[i] = rule.apply(in, n, constants[i], d);
        for (int j = 0; j < n; j++) {
          partials[start + j] = d[j];
        }
      }
    }
  }

  @Override
  public String toString() {
    return "CompiledDensity[" + order.length + " of " + rules.length + " nodes, "
        + Arrays.stream(inputs).count() + " inputs]";
  }
}
