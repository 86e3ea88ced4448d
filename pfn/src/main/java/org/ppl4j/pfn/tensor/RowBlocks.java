package org.ppl4j.pfn.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Splitting a tensor into consecutive blocks of rows and concatenating blocks back, both
 * differentiable. A training batch whose sequences have different context sizes runs its
 * row-wise layers (linear maps, LayerNorm, GELU) once over all rows, in large matrix products,
 * and only the ops that depend on the context size (attention, masks, row gathers) per block.
 * Both ops only copy values, so they preserve every value and route every gradient back to the
 * row it came from; they are checked by finite differences like every other op.
 */
public final class RowBlocks {

  private RowBlocks() {}

  /**
   * Consecutive blocks of {@code x}'s rows, of {@code rowCounts[i]} rows each, which must sum to
   * {@code x.rows()}.
   */
  public static List<Tensor> split(Tape tape, Tensor x, int[] rowCounts) {
    int total = 0;
    for (int r : rowCounts) {
      if (r < 0) {
        throw new IllegalArgumentException("negative block of " + r + " rows");
      }
      total += r;
    }
    if (total != x.rows()) {
      throw new IllegalArgumentException(
          "blocks of " + total + " rows do not cover " + x.rows() + " rows");
    }
    Backend be = tape.backend();
    int cols = x.cols();
    List<Tensor> parts = new ArrayList<>(rowCounts.length);
    int offset = 0;
    for (int r : rowCounts) {
      Tensor part = tape.newTensor(r, cols, true);
      be.copy(x.value(), offset * cols, part.value(), 0, r * cols);
      parts.add(part);
      offset += r;
    }
    tape.onBackward(() -> {
      if (x.requiresGrad()) {
        Storage joined = tape.scratch(x.size());
        int at = 0;
        for (Tensor part : parts) {
          be.copy(part.grad(), 0, joined, at, part.size());
          at += part.size();
        }
        be.axpy(1f, joined, x.grad(), x.size());
      }
    });
    return parts;
  }

  /** The rows of {@code parts} stacked in order; all parts have the same column count. */
  public static Tensor concat(Tape tape, List<Tensor> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("concatenation of no blocks");
    }
    int cols = parts.get(0).cols();
    int rows = 0;
    for (Tensor p : parts) {
      if (p.cols() != cols) {
        throw new IllegalArgumentException(
            "blocks of " + cols + " and " + p.cols() + " columns do not stack");
      }
      rows += p.rows();
    }
    Backend be = tape.backend();
    Tensor out = tape.newTensor(rows, cols, true);
    int offset = 0;
    for (Tensor p : parts) {
      be.copy(p.value(), 0, out.value(), offset, p.size());
      offset += p.size();
    }
    tape.onBackward(() -> {
      int at = 0;
      for (Tensor p : parts) {
        if (p.requiresGrad() && p.size() > 0) {
          Storage slice = tape.scratch(p.size());
          be.copy(out.grad(), at, slice, 0, p.size());
          be.axpy(1f, slice, p.grad(), p.size());
        }
        at += p.size();
      }
    });
    return out;
  }

  /**
   * Applies {@code op(i, block)} to each block of rows and stacks the results; with a single
   * block the op is applied to {@code x} itself, so one-block batches pay no copies.
   */
  public static Tensor perBlock(Tape tape, Tensor x, int[] rowCounts,
      BiFunction<Integer, Tensor, Tensor> op) {
    if (rowCounts.length == 1) {
      return op.apply(0, x);
    }
    List<Tensor> parts = split(tape, x, rowCounts);
    List<Tensor> results = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      results.add(op.apply(i, parts.get(i)));
    }
    return concat(tape, results);
  }
}
