package org.ppl4j.inference.batched;

import org.ppl4j.semantics.ad.Elementary;
import org.ppl4j.semantics.ad.Rule;
import org.ppl4j.semantics.ad.StraightLine;

/**
 * Runs a range of a {@link StraightLine}'s nodes for a range of particles, node by node, each
 * node's value for every particle from its parents' arrays: the program's own arithmetic and
 * log densities (each node's {@link Rule}, the one place its formula is written), with the
 * commonest arithmetic ({@code + - *} and constant offsets and multiples) inline. A rule that
 * may reject its arguments is not run for a particle of weight zero (that particle's run has
 * stopped), and one that rejects a live particle's arguments hands the population to the
 * per-particle run ({@link BatchFallback}), which reports the program's error.
 */
final class NodeKernel {
  private static final int ADD = Elementary.ADD.ordinal();
  private static final int SUB = Elementary.SUB.ordinal();
  private static final int MUL = Elementary.MUL.ordinal();
  private static final int ADD_C = Elementary.ADD_C.ordinal();
  private static final int MUL_C = Elementary.MUL_C.ordinal();

  private final StraightLine line;
  private final int[] opcode;

  NodeKernel(StraightLine line) {
    this.line = line;
    this.opcode = new int[line.size()];
    for (int i = 0; i < line.size(); i++) {
      opcode[i] = line.rules()[i] instanceof Elementary e ? e.ordinal() : -1;
    }
  }

  /** Nodes {@code [from, to)} (variables skipped) for particles {@code [lo, hi)}. */
  void run(int from, int to, double[][] values, double[] logWeights, int lo, int hi,
      double[] in) {
    int[] parents = line.parents();
    int[] edgeStart = line.edgeStart();
    for (int i = from; i < to; i++) {
      Rule rule = line.rules()[i];
      if (rule == null) {
        continue;
      }
      double[] out = values[i];
      int start = edgeStart[i];
      int op = opcode[i];
      double c = line.constants()[i];
      if (op == ADD || op == SUB || op == MUL) {
        double[] a = values[parents[start]];
        double[] b = values[parents[start + 1]];
        if (op == ADD) {
          for (int p = lo; p < hi; p++) {
            out[p] = a[p] + b[p];
          }
        } else if (op == SUB) {
          for (int p = lo; p < hi; p++) {
            out[p] = a[p] - b[p];
          }
        } else {
          for (int p = lo; p < hi; p++) {
            out[p] = a[p] * b[p];
          }
        }
      } else if (op == ADD_C || op == MUL_C) {
        double[] a = values[parents[start]];
        if (op == ADD_C) {
          for (int p = lo; p < hi; p++) {
            out[p] = a[p] + c;
          }
        } else {
          for (int p = lo; p < hi; p++) {
            out[p] = a[p] * c;
          }
        }
      } else {
        apply(rule, i, values, logWeights, lo, hi, in);
      }
    }
  }

  private void apply(Rule rule, int i, double[][] values, double[] logWeights, int lo, int hi,
      double[] in) {
    int start = line.edgeStart()[i];
    int n = line.arity(i);
    double[][] parents = new double[n][];
    for (int j = 0; j < n; j++) {
      parents[j] = values[line.parents()[start + j]];
    }
    try {
      rule.applyEach(parents, line.constants()[i], values[i], lo, hi, logWeights, in);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new BatchFallback(e.getMessage());
    }
  }

  /** The widest node's parent count (the size of the scratch {@code in} of {@link #run}). */
  int widest() {
    int w = 2;
    for (int i = 0; i < line.size(); i++) {
      w = Math.max(w, line.arity(i));
    }
    return w;
  }
}
