package org.ppl4j.semantics.ad;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * An optimisation of a recorded tape before replay: every maximal tree of affine nodes
 * (additions, subtractions, negations, constant multiples and offsets, sums, dot products with
 * constant weights, recorded constants) whose inner nodes each feed only the next one becomes
 * ONE {@link Affine} node over the tree's leaves, with the weights multiplied out and the
 * offsets added up. A linear predictor {@code b0 + b1 * x1 + b2 * x2} is then one node per row,
 * and the sum of a log density's terms one node in all.
 *
 * <p>It preserves the function and its gradient: an affine tree is the affine map the fused
 * node computes, and the gradient of an affine map is its weights; only the rounding may
 * differ (sums regrouped, {@code x / c} as {@code x * (1 / c)}), at the level of a few units in
 * the last place ({@code CompiledDensityAgreementTest} holds the result to 1e-9 of the
 * interpreter's). Inner nodes no longer feed anything and are dropped by the replay's liveness
 * rule, as affine rules never reject their arguments.
 */
final class AffineFusion {
  private AffineFusion() {}

  /** The fused tape: the same nodes (inner ones orphaned), affine roots rewritten. */
  record Fused(Rule[] rules, int[] edgeStart, int[] parents) {}

  static Fused fuse(Rule[] rules, double[] constants, int[] edgeStart, int[] parents,
      int output, int[] results) {
    int n = rules.length;
    int[] consumers = new int[n];
    int[] consumer = new int[n];
    Arrays.fill(consumer, -1);
    for (int i = 0; i < n; i++) {
      for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
        consumers[parents[e]]++;
        consumer[parents[e]] = i;
      }
    }
    consumers[output]++;
    for (int r : results) {
      if (r >= 0) {
        consumers[r] += 2; // read from outside: never inlined into a consumer
      }
    }
    boolean[] affine = new boolean[n];
    for (int i = 0; i < n; i++) {
      affine[i] = offset(rules[i], constants[i]) != null;
    }
    boolean[] inlined = new boolean[n];
    for (int i = 0; i < n; i++) {
      inlined[i] = affine[i] && consumers[i] == 1 && consumer[i] >= 0 && affine[consumer[i]];
    }
    Rule[] outRules = rules.clone();
    int[] outStart = new int[n + 1];
    int[] outParents = new int[parents.length];
    int edges = 0;
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    IntList leaves = new IntList();
    DoubleList weights = new DoubleList();
    for (int i = 0; i < n; i++) {
      outStart[i] = edges;
      if (!affine[i] || inlined[i] || !hasInlinedParent(i, edgeStart, parents, inlined)) {
        for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
          outParents = ensure(outParents, edges + 1);
          outParents[edges++] = parents[e];
        }
        continue;
      }
      leaves.clear();
      weights.clear();
      double total = offset(rules[i], constants[i]);
      stack.push(new Frame(i, 1.0, weights(rules[i], constants[i], edgeStart[i + 1] - edgeStart[i]),
          edgeStart[i]));
      while (!stack.isEmpty()) {
        Frame f = stack.peek();
        if (f.next == edgeStart[f.node + 1]) {
          stack.pop();
          continue;
        }
        int e = f.next++;
        int p = parents[e];
        double w = f.scale * f.weights[e - edgeStart[f.node]];
        if (inlined[p]) {
          total += w * offset(rules[p], constants[p]);
          stack.push(new Frame(p, w, weights(rules[p], constants[p],
              edgeStart[p + 1] - edgeStart[p]), edgeStart[p]));
        } else {
          leaves.add(p);
          weights.add(w);
        }
      }
      outRules[i] = new Affine(total, weights.toArray());
      for (int k = 0; k < leaves.size(); k++) {
        outParents = ensure(outParents, edges + 1);
        outParents[edges++] = leaves.get(k);
      }
    }
    outStart[n] = edges;
    return new Fused(outRules, outStart, Arrays.copyOf(outParents, edges));
  }

  private static boolean hasInlinedParent(int i, int[] edgeStart, int[] parents,
      boolean[] inlined) {
    for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
      if (inlined[parents[e]]) {
        return true;
      }
    }
    return false;
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, 2 * a.length));
  }

  /** The constant term of an affine rule, or null when the rule is not affine. */
  static Double offset(Rule rule, double constant) {
    if (rule instanceof Affine a) {
      return a.offset();
    }
    if (!(rule instanceof Elementary op)) {
      return null;
    }
    return switch (op) {
      case CONSTANT, ADD_C, C_MINUS -> constant;
      case ADD, SUB, NEG, MUL_C, DIV_C, SUM -> 0.0;
      default -> null;
    };
  }

  /** The weights of an affine rule's {@code n} parents (see {@link #offset}). */
  static double[] weights(Rule rule, double constant, int n) {
    if (rule instanceof Affine a) {
      return a.weights();
    }
    double[] w = new double[n];
    switch ((Elementary) rule) {
      case ADD, ADD_C, SUM -> Arrays.fill(w, 1.0);
      case SUB -> {
        w[0] = 1.0;
        w[1] = -1.0;
      }
      case NEG, C_MINUS -> w[0] = -1.0;
      case MUL_C -> w[0] = constant;
      case DIV_C -> w[0] = 1.0 / constant;
      case CONSTANT -> { }
      default -> throw new AssertionError(rule);
    }
    return w;
  }

  /** A node being expanded: its scale in the root's form and its next edge. */
  private static final class Frame {
    final int node;
    final double scale;
    final double[] weights;
    int next;

    Frame(int node, double scale, double[] weights, int next) {
      this.node = node;
      this.scale = scale;
      this.weights = weights;
      this.next = next;
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] items = new int[16];
    private int size;

    void add(int x) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = x;
    }

    int get(int k) {
      return items[k];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }
  }

  /** A growable list of doubles. */
  private static final class DoubleList {
    private double[] items = new double[16];
    private int size;

    void add(double x) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = x;
    }

    double[] toArray() {
      return Arrays.copyOf(items, size);
    }

    void clear() {
      size = 0;
    }
  }
}
