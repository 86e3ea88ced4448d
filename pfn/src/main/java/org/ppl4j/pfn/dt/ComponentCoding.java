package org.ppl4j.pfn.dt;

import org.ppl4j.pfn.tensor.MixtureOps;

/**
 * The token features of mixture components, in the raw layout of {@link MixtureOps}: one row
 * per component holding its log-weight, mean, log Cholesky diagonal and strictly lower Cholesky
 * entries (the Distribution Transformer's component token, Whittle et al. 2025). Decoding a row
 * maps it back to a valid component (softmax weights, {@code exp + jitter} diagonal), and
 * decoding an encoded mixture gives it back (up to float rounding).
 */
public final class ComponentCoding {

  /** Log-weights below this are stored as it (the component is then negligible). */
  public static final double MIN_LOG_WEIGHT = -30;

  private ComponentCoding() {}

  /** Writes the {@link MixtureOps#rawWidth} features of each component of {@code g} at {@code offset}. */
  public static void encode(Gmm g, float[] out, int offset) {
    int d = g.dimension();
    int p = MixtureOps.rawWidth(d);
    for (int c = 0; c < g.components(); c++) {
      int o = offset + c * p;
      out[o] = (float) Math.max(MIN_LOG_WEIGHT, g.logWeight(c));
      double[] mean = g.mean(c);
      for (int i = 0; i < d; i++) {
        out[o + 1 + i] = (float) mean[i];
        double diag = g.cholesky(c, i, i);
        out[o + 1 + d + i] = (float) Math.log(Math.max(diag - MixtureOps.JITTER,
            MixtureOps.JITTER));
        for (int j = 0; j < i; j++) {
          out[o + MixtureOps.lowerIndex(d, i, j)] = (float) g.cholesky(c, i, j);
        }
      }
    }
  }

  /** The features of {@code g}: K rows of {@link MixtureOps#rawWidth} values. */
  public static float[] encode(Gmm g) {
    float[] out = new float[g.components() * MixtureOps.rawWidth(g.dimension())];
    encode(g, out, 0);
    return out;
  }

  /** The mixture of {@code components} raw rows of dimension {@code d} at {@code offset}. */
  public static Gmm decode(float[] raw, int offset, int components, int d) {
    int p = MixtureOps.rawWidth(d);
    double[] logWeights = new double[components];
    double[][] means = new double[components][d];
    double[][][] chol = new double[components][][];
    for (int c = 0; c < components; c++) {
      int o = offset + c * p;
      logWeights[c] = raw[o];
      for (int i = 0; i < d; i++) {
        means[c][i] = raw[o + 1 + i];
      }
      chol[c] = MixtureOps.cholesky(raw, o, d);
    }
    return new Gmm(logWeights, means, chol);
  }
}
