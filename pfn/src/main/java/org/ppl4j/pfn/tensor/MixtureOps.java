package org.ppl4j.pfn.tensor;

import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The Gaussian-mixture output of a Distribution Transformer as a differentiable op: the mean
 * negative log density of target points under mixtures given by raw, unconstrained parameters.
 *
 * <p>Raw layout of one component of a D-dimensional mixture ({@link #rawWidth} = 1 + 2D +
 * D(D-1)/2 values): a weight logit; the mean (D); the log of the Cholesky diagonal (D); the
 * strictly lower Cholesky entries row by row ((1,0), (2,0), (2,1), ...). Weights are the softmax
 * of the logits over the components of one mixture; the Cholesky diagonal is
 * {@code exp(raw) + JITTER}; so every raw vector gives a valid mixture.
 *
 * <p>The loss and its gradient are computed on the host in double precision (the head output is
 * small: batch x K x P values); the gradient is derived in the Javadoc of
 * {@link #mixtureNll} and checked by finite differences in the tests.
 */
public final class MixtureOps {

  /** Added to {@code exp(raw)} on the Cholesky diagonal, so it stays positive in float. */
  public static final double JITTER = 1e-5;

  private MixtureOps() {}

  /** Raw values per component of a {@code d}-dimensional mixture: 1 + 2d + d(d-1)/2. */
  public static int rawWidth(int d) {
    return 1 + 2 * d + d * (d - 1) / 2;
  }

  /** Column of the strictly lower Cholesky entry (i, j), i &gt; j, of a d-dimensional row. */
  public static int lowerIndex(int d, int i, int j) {
    return 1 + 2 * d + i * (i - 1) / 2 + j;
  }

  /** The lower Cholesky factor a raw component row (starting at {@code offset}) encodes. */
  public static double[][] cholesky(float[] raw, int offset, int d) {
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      l[i][i] = Math.exp(raw[offset + 1 + d + i]) + JITTER;
      for (int j = 0; j < i; j++) {
        l[i][j] = raw[offset + lowerIndex(d, i, j)];
      }
    }
    return l;
  }

  /**
   * {@code scale * (1/B) sum_b -log q_b(target_b)}: the mean negative log density of the B
   * targets under their mixtures.
   *
   * <p>Gradient: with responsibilities {@code g_k = softmax_k(log pi_k + log N_k(t))} and mixture
   * weights {@code pi = softmax(a)}, {@code d(-log q)/d a_k = pi_k - g_k}; for each component,
   * with {@code z = L^-1 (t - mu)} and {@code u = L^-T z}, {@code d log N/d mu = u} and
   * {@code d log N/d L_ij = u_i z_j - [i = j] / L_ii} (lower entries), chained through
   * {@code dL_ii/draw = L_ii - JITTER} on the diagonal; each scaled by {@code -g_k}.
   *
   * @param raw {@code B * K} rows of {@link #rawWidth}(d) raw parameters, mixture-major
   * @param target {@code B} rows of d values
   * @param components K &gt; 0
   * @param scale the factor on the loss, e.g. the weight of a loss term, &gt;= 0
   */
  public static Tensor mixtureNll(Tape tape, Tensor raw, Tensor target, int components,
      double scale) {
    int d = target.cols();
    int p = rawWidth(d);
    int batch = target.rows();
    if (raw.cols() != p || raw.rows() != batch * components) {
      throw new IllegalArgumentException("raw mixture parameters of " + raw.rows() + " x "
          + raw.cols() + " for " + batch + " mixtures of " + components + " components in "
          + d + " dimensions (expected " + batch * components + " x " + p + ")");
    }
    Backend be = tape.backend();
    float[] r = raw.toArray();
    float[] t = target.toArray();
    float[] grad = new float[r.length];
    double total = 0;
    double[] logTerms = new double[components];
    double[] logPi = new double[components];
    double[][] zs = new double[components][];
    double[][][] ls = new double[components][][];
    for (int b = 0; b < batch; b++) {
      int base = b * components * p;
      double logNorm = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < components; k++) {
        logNorm = SpecialFunctions.logAddExp(logNorm, r[base + k * p]);
      }
      for (int k = 0; k < components; k++) {
        int o = base + k * p;
        logPi[k] = r[o] - logNorm;
        double[][] l = cholesky(r, o, d);
        double[] z = new double[d];
        double logDet = 0;
        double sq = 0;
        for (int i = 0; i < d; i++) {
          double v = t[b * d + i] - r[o + 1 + i];
          for (int j = 0; j < i; j++) {
            v -= l[i][j] * z[j];
          }
          z[i] = v / l[i][i];
          sq += z[i] * z[i];
          logDet += Math.log(l[i][i]);
        }
        ls[k] = l;
        zs[k] = z;
        logTerms[k] = logPi[k] - 0.5 * d * Math.log(2 * Math.PI) - logDet - 0.5 * sq;
      }
      double logQ = Double.NEGATIVE_INFINITY;
      for (double v : logTerms) {
        logQ = SpecialFunctions.logAddExp(logQ, v);
      }
      total -= logQ;
      double g = scale / batch;
      for (int k = 0; k < components; k++) {
        int o = base + k * p;
        double resp = Math.exp(logTerms[k] - logQ);
        grad[o] = (float) (g * (Math.exp(logPi[k]) - resp));
        double[][] l = ls[k];
        double[] z = zs[k];
        double[] u = new double[d];
        for (int i = d - 1; i >= 0; i--) {
          double v = z[i];
          for (int j = i + 1; j < d; j++) {
            v -= l[j][i] * u[j];
          }
          u[i] = v / l[i][i];
        }
        for (int i = 0; i < d; i++) {
          grad[o + 1 + i] = (float) (-g * resp * u[i]);
          double dDiag = u[i] * z[i] - 1 / l[i][i];
          grad[o + 1 + d + i] = (float) (-g * resp * dDiag * (l[i][i] - JITTER));
          for (int j = 0; j < i; j++) {
            grad[o + lowerIndex(d, i, j)] = (float) (-g * resp * u[i] * z[j]);
          }
        }
      }
    }
    Tensor out = tape.newTensor(1, 1, true);
    out.load(new float[] {(float) (scale * total / batch)});
    tape.onBackward(() -> {
      if (raw.requiresGrad()) {
        float upstream = be.download(out.grad())[0];
        Tensor gradient = Tensor.of(be, raw.rows(), raw.cols(), grad, false);
        be.axpy(upstream, gradient.value(), raw.grad(), raw.size());
        gradient.releaseStorage();
      }
    });
    return out;
  }
}
