package org.ppl4j.pfn.tensor;



/**
 * The differentiable ops a Transformer needs, each a forward kernel call on the tape's
 * {@link Backend} plus, when the tape records, the closure that adds its input gradients.
 * Every op here has a finite-difference gradient check in the tests.
 */
public final class Ops {

  private Ops() {}

  private static void requireShape(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** {@code a * b} for {@code a: m x k}, {@code b: k x n}. */
  public static Tensor matmul(Tape tape, Tensor a, Tensor b) {
    requireShape(a.cols() == b.rows(), "matmul of " + a.rows() + " x " + a.cols() + " by "
        + b.rows() + " x " + b.cols());
    Backend be = tape.backend();
    int m = a.rows();
    int k = a.cols();
    int n = b.cols();
    Tensor out = tape.newTensor(m, n, true);
    be.gemm(false, false, m, n, k, 1f, a.value(), 0, k, b.value(), 0, n, 0f, out.value(), 0, n);
    tape.onBackward(() -> {
      if (a.requiresGrad()) {
        be.gemm(false, true, m, k, n, 1f, out.grad(), 0, n, b.value(), 0, n, 1f, a.grad(), 0, k);
      }
      if (b.requiresGrad()) {
        be.gemm(true, false, k, n, m, 1f, a.value(), 0, k, out.grad(), 0, n, 1f, b.grad(), 0, n);
      }
    });
    return out;
  }

  /** Affine map {@code x * w + bias} for {@code x: r x in}, {@code w: in x out}, bias {@code 1 x out}. */
  public static Tensor linear(Tape tape, Tensor x, Tensor w, Tensor bias) {
    requireShape(bias.rows() == 1 && bias.cols() == w.cols(),
        "bias of " + bias.rows() + " x " + bias.cols() + " for " + w.cols() + " outputs");
    Tensor out = matmul(tape, x, w);
    Backend be = tape.backend();
    be.addRowVector(out.value(), bias.value(), out.rows(), out.cols());
    tape.onBackward(() -> {
      if (bias.requiresGrad()) {
        be.sumRowsInto(out.grad(), bias.grad(), out.rows(), out.cols());
      }
    });
    return out;
  }

  /** Elementwise {@code a + b} of equal shapes. */
  public static Tensor add(Tape tape, Tensor a, Tensor b) {
    requireShape(a.rows() == b.rows() && a.cols() == b.cols(), "add of " + a.rows() + " x "
        + a.cols() + " and " + b.rows() + " x " + b.cols());
    Backend be = tape.backend();
    Tensor out = tape.newTensor(a.rows(), a.cols(), true);
    be.add(a.value(), b.value(), out.value(), a.size());
    tape.onBackward(() -> {
      if (a.requiresGrad()) {
        be.axpy(1f, out.grad(), a.grad(), a.size());
      }
      if (b.requiresGrad()) {
        be.axpy(1f, out.grad(), b.grad(), b.size());
      }
    });
    return out;
  }

  /** GELU elementwise (tanh form). */
  public static Tensor gelu(Tape tape, Tensor x) {
    Backend be = tape.backend();
    Tensor out = tape.newTensor(x.rows(), x.cols(), true);
    be.gelu(x.value(), out.value(), x.size());
    tape.onBackward(() -> {
      if (x.requiresGrad()) {
        be.geluBackward(x.value(), out.grad(), x.grad(), x.size());
      }
    });
    return out;
  }

  /** Layer normalisation of each row with gain {@code gamma} and shift {@code beta} (1 x cols). */
  public static Tensor layerNorm(Tape tape, Tensor x, Tensor gamma, Tensor beta, float eps) {
    requireShape(gamma.size() == x.cols() && beta.size() == x.cols(),
        "layer norm parameters of size " + gamma.size() + " for width " + x.cols());
    Backend be = tape.backend();
    int rows = x.rows();
    int cols = x.cols();
    Tensor out = tape.newTensor(rows, cols, true);
    Storage mean = tape.scratch(rows);
    Storage rstd = tape.scratch(rows);
    be.layerNorm(x.value(), gamma.value(), beta.value(), out.value(), mean, rstd, rows, cols,
        eps);
    tape.onBackward(() -> {
      Storage dx = x.requiresGrad() ? x.grad() : tape.scratch(x.size());
      be.layerNormBackward(x.value(), gamma.value(), mean, rstd, out.grad(), dx, gamma.grad(),
          beta.grad(), rows, cols);
    });
    return out;
  }

  /**
   * Multi-head attention of {@code q} ({@code batch * queryRows} rows) over the first
   * {@code keyCount} rows of each sequence of {@code k}, {@code v} ({@code batch * keyRows}).
   */
  public static Tensor attention(Tape tape, AttentionShape shape, Tensor q, Tensor k, Tensor v) {
    requireShape(q.rows() == shape.batch() * shape.queryRows() && q.cols() == shape.width(),
        "queries of " + q.rows() + " x " + q.cols() + " for " + shape);
    requireShape(k.rows() == shape.batch() * shape.keyRows() && k.cols() == shape.width()
        && v.rows() == k.rows() && v.cols() == k.cols(),
        "keys/values of " + k.rows() + " x " + k.cols() + " for " + shape);
    Backend be = tape.backend();
    Tensor out = tape.newTensor(q.rows(), q.cols(), true);
    Storage probabilities = tape.scratch(shape.probabilityCount());
    be.attention(shape, q.value(), k.value(), v.value(), out.value(), probabilities);
    tape.onBackward(() -> be.attentionBackward(shape, q.value(), k.value(), v.value(),
        probabilities, out.grad(), q.grad(), k.grad(), v.grad()));
    return out;
  }

  /** Rows {@code [from, to)} of each of {@code batch} blocks of {@code rowsPerBlock} rows. */
  public static Tensor gatherRows(Tape tape, Tensor x, int batch, int rowsPerBlock, int from,
      int to) {
    requireShape(x.rows() == batch * rowsPerBlock && 0 <= from && from <= to
        && to <= rowsPerBlock, "rows [" + from + ", " + to + ") of " + batch + " blocks of "
        + rowsPerBlock + " from " + x.rows() + " rows");
    Backend be = tape.backend();
    Tensor out = tape.newTensor(batch * (to - from), x.cols(), true);
    be.gatherRows(x.value(), out.value(), batch, rowsPerBlock, from, to, x.cols());
    tape.onBackward(() -> {
      if (x.requiresGrad()) {
        be.scatterRowsAdd(out.grad(), x.grad(), batch, rowsPerBlock, from, to, x.cols());
      }
    });
    return out;
  }

  /** Zeroes rows at or after {@code keep} in each block of {@code rowsPerBlock} rows. */
  public static Tensor maskRows(Tape tape, Tensor x, int batch, int rowsPerBlock, int keep) {
    requireShape(x.rows() == batch * rowsPerBlock && 0 <= keep && keep <= rowsPerBlock,
        "keep " + keep + " rows of " + batch + " blocks of " + rowsPerBlock);
    Backend be = tape.backend();
    Tensor out = tape.newTensor(x.rows(), x.cols(), true);
    be.maskRows(x.value(), out.value(), batch, rowsPerBlock, keep, x.cols());
    tape.onBackward(() -> {
      if (x.requiresGrad()) {
        Storage masked = tape.scratch(x.size());
        be.maskRows(out.grad(), masked, batch, rowsPerBlock, keep, x.cols());
        be.axpy(1f, masked, x.grad(), x.size());
      }
    });
    return out;
  }

  /** The scalar {@code sum_i x[i] * weights[i]} (weights carry no gradient). */
  public static Tensor weightedSum(Tape tape, Tensor x, Tensor weights) {
    requireShape(x.size() == weights.size(), "weights of size " + weights.size() + " for "
        + x.size() + " values");
    Backend be = tape.backend();
    Tensor out = tape.newTensor(1, 1, true);
    int n = x.size();
    be.gemm(false, false, 1, 1, n, 1f, x.value(), 0, n, weights.value(), 0, 1, 0f,
        out.value(), 0, 1);
    tape.onBackward(() -> {
      if (x.requiresGrad()) {
        float g = be.download(out.grad())[0];
        be.axpy(g, weights.value(), x.grad(), n);
      }
    });
    return out;
  }

  /**
   * The scalar {@code sum_r weight[r] * (-log softmax(logits[r])[target[r]])}: the weighted
   * cross-entropy of class indices {@code target} (a {@code rows x 1} tensor of integral floats).
   */
  public static Tensor crossEntropy(Tape tape, Tensor logits, Tensor target, Tensor weight) {
    int rows = logits.rows();
    requireShape(target.size() == rows && weight.size() == rows,
        "targets/weights of size " + target.size() + "/" + weight.size() + " for " + rows
            + " rows");
    Backend be = tape.backend();
    Storage loss = tape.scratch(rows);
    Storage dLogits = tape.scratch(logits.size());
    be.softmaxCrossEntropy(logits.value(), target.value(), weight.value(), loss, dLogits, rows,
        logits.cols());
    Tensor out = tape.newTensor(1, 1, true);
    be.gemm(false, false, 1, 1, rows, 1f, loss, 0, rows, weight.value(), 0, 1, 0f,
        out.value(), 0, 1);
    tape.onBackward(() -> {
      if (logits.requiresGrad()) {
        float g = be.download(out.grad())[0];
        be.axpy(g, dLogits, logits.grad(), logits.size());
      }
    });
    return out;
  }
}
