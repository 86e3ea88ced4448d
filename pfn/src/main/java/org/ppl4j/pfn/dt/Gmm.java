package org.ppl4j.pfn.dt;

import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * A Gaussian mixture over {@code R^D}: normalised log-weights, means and lower Cholesky factors
 * of the component covariances. It is the prior a Distribution Transformer reads and the
 * posterior it returns (the same type, so a posterior can be fed back as the next prior).
 *
 * <p>Immutable: the constructor copies its arrays and every accessor returns a copy.
 */
public final class Gmm {

  private final double[] logWeights;
  private final double[][] means;
  private final double[][][] cholesky;
  private static final double LOG_TWO_PI = Math.log(2 * Math.PI);
  /** Per component, {@code Σ_i log L_ii}, summed in index order (as the density once did). */
  private final double[] logDets;
  /** Per component, {@code exp(logWeights[c])}: the weights {@link #sample} accumulates. */
  private final double[] weights;

  /**
   * A mixture; the log-weights are normalised here.
   *
   * @param logWeights K &gt; 0 finite or -infinity log-weights, at least one finite
   * @param means K means of dimension D &gt; 0
   * @param cholesky K lower-triangular D x D factors with positive diagonals (entries above the
   *     diagonal are ignored and stored as 0)
   * @throws IllegalArgumentException naming the first bad component or entry
   */
  public Gmm(double[] logWeights, double[][] means, double[][][] cholesky) {
    int k = logWeights.length;
    if (k == 0 || means.length != k || cholesky.length != k) {
      throw new IllegalArgumentException("a mixture needs K > 0 components with one mean and one "
          + "Cholesky factor each, got " + k + ", " + means.length + ", " + cholesky.length);
    }
    int d = means[0].length;
    if (d == 0) {
      throw new IllegalArgumentException("a mixture needs dimension > 0");
    }
    double logTotal = SpecialFunctions.logSumExp(logWeights);
    if (!Double.isFinite(logTotal)) {
      throw new IllegalArgumentException("mixture weights must be finite with a positive total");
    }
    this.logWeights = new double[k];
    this.means = new double[k][d];
    this.cholesky = new double[k][d][d];
    for (int c = 0; c < k; c++) {
      if (Double.isNaN(logWeights[c]) || logWeights[c] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("log-weight of component " + c + " is " + logWeights[c]);
      }
      this.logWeights[c] = logWeights[c] - logTotal;
      if (means[c].length != d || cholesky[c].length != d) {
        throw new IllegalArgumentException("component " + c + " has dimension " + means[c].length
            + ", expected " + d);
      }
      for (int i = 0; i < d; i++) {
        if (!Double.isFinite(means[c][i])) {
          throw new IllegalArgumentException("mean[" + c + "][" + i + "] is " + means[c][i]);
        }
        this.means[c][i] = means[c][i];
        for (int j = 0; j <= i; j++) {
          double v = cholesky[c][i][j];
          if (!Double.isFinite(v) || (i == j && !(v > 0))) {
            throw new IllegalArgumentException("Cholesky factor of component " + c + " has entry ("
                + i + ", " + j + ") = " + v + (i == j ? " (the diagonal must be > 0)" : ""));
          }
          this.cholesky[c][i][j] = v;
        }
      }
    }
    this.logDets = new double[k];
    this.weights = new double[k];
    for (int c = 0; c < k; c++) {
      weights[c] = Math.exp(this.logWeights[c]);
      double logDet = 0;
      for (int i = 0; i < d; i++) {
        logDet += Math.log(this.cholesky[c][i][i]);
      }
      logDets[c] = logDet;
    }
  }

  /**
   * The mixture {@code (1 - weight) this + weight other} (a defensive mixture, Hesterberg 1995,
   * when {@code other} is a prior and this a posterior approximation).
   *
   * @param weight in (0, 1)
   * @throws IllegalArgumentException for another dimension or weight
   */
  public Gmm mixedWith(Gmm other, double weight) {
    if (other.dimension() != dimension() || !(weight > 0 && weight < 1)) {
      throw new IllegalArgumentException("cannot mix a mixture of dimension " + dimension()
          + " with one of dimension " + other.dimension() + " at weight " + weight);
    }
    int k = components() + other.components();
    double[] lw = new double[k];
    double[][] m = new double[k][];
    double[][][] l = new double[k][][];
    for (int c = 0; c < k; c++) {
      Gmm from = c < components() ? this : other;
      int j = c < components() ? c : c - components();
      lw[c] = from.logWeights[j] + Math.log(from == this ? 1 - weight : weight);
      m[c] = from.means[j];
      l[c] = from.cholesky[j];
    }
    return new Gmm(lw, m, l);
  }

  /** A one-component mixture: the normal {@code N(mean, L L^T)}. */
  public static Gmm gaussian(double[] mean, double[][] cholesky) {
    return new Gmm(new double[] {0}, new double[][] {mean}, new double[][][] {cholesky});
  }

  /** A one-dimensional mixture from weights (any positive scale), means and standard deviations. */
  public static Gmm univariate(double[] weights, double[] means, double[] sds) {
    int k = weights.length;
    double[] lw = new double[k];
    double[][] m = new double[k][1];
    double[][][] l = new double[k][1][1];
    for (int c = 0; c < k; c++) {
      lw[c] = Math.log(weights[c]);
      m[c][0] = means[c];
      l[c][0][0] = sds[c];
    }
    return new Gmm(lw, m, l);
  }

  /** Number of components K. */
  public int components() {
    return logWeights.length;
  }

  /** Dimension D. */
  public int dimension() {
    return means[0].length;
  }

  /** Normalised log-weight of component {@code c}. */
  public double logWeight(int c) {
    return logWeights[c];
  }

  /** A copy of the mean of component {@code c}. */
  public double[] mean(int c) {
    return means[c].clone();
  }

  /** Entry (i, j) of the lower Cholesky factor of component {@code c} (0 above the diagonal). */
  public double cholesky(int c, int i, int j) {
    return cholesky[c][i][j];
  }

  /** A copy of the covariance {@code L L^T} of component {@code c}. */
  public double[][] covariance(int c) {
    int d = dimension();
    double[][] l = cholesky[c];
    double[][] s = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double v = 0;
        for (int m = 0; m <= Math.min(i, j); m++) {
          v += l[i][m] * l[j][m];
        }
        s[i][j] = v;
      }
    }
    return s;
  }

  /** Log density of component {@code c} alone at {@code x}. */
  public double componentLogDensity(int c, double[] x) {
    int d = dimension();
    double[][] l = cholesky[c];
    double sq;
    if (d == 1) {
      double z = (x[0] - means[c][0]) / l[0][0];
      sq = z * z;
    } else {
      double[] z = new double[d];
      sq = 0;
      for (int i = 0; i < d; i++) {
        double v = x[i] - means[c][i];
        for (int j = 0; j < i; j++) {
          v -= l[i][j] * z[j];
        }
        z[i] = v / l[i][i];
        sq += z[i] * z[i];
      }
    }
    return -0.5 * d * LOG_TWO_PI - logDets[c] - 0.5 * sq;
  }

  /** Log density of the mixture at {@code x} (length D). */
  public double logDensity(double[] x) {
    return logDensity(x, new double[components()]);
  }

  /**
   * {@link #logDensity(double[])} with the caller's scratch space for the K terms (no
   * allocation in an importance-sampling loop); the same value to the last bit.
   *
   * @param terms K entries, overwritten (of another length, a new array is used)
   */
  public double logDensity(double[] x, double[] terms) {
    if (x.length != dimension()) {
      throw new IllegalArgumentException(
          "a point of dimension " + x.length + " for a mixture of dimension " + dimension());
    }
    if (terms.length != components()) {
      terms = new double[components()];
    }
    for (int c = 0; c < terms.length; c++) {
      terms[c] = logWeights[c] + componentLogDensity(c, x);
    }
    return SpecialFunctions.logSumExp(terms);
  }

  /** One draw: a component by its weight, then {@code mean + L z} with standard normal z. */
  public double[] sample(Rng rng) {
    double u = rng.nextDouble();
    int c = 0;
    double cum = weights[0];
    while (u >= cum && c < components() - 1) {
      c++;
      cum += weights[c];
    }
    int d = dimension();
    double[] z = new double[d];
    for (int i = 0; i < d; i++) {
      z[i] = rng.nextGaussian();
    }
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      double v = means[c][i];
      for (int j = 0; j <= i; j++) {
        v += cholesky[c][i][j] * z[j];
      }
      x[i] = v;
    }
    return x;
  }

  /**
   * {@link #sample} of a one-dimensional mixture without its arrays: the same generator calls
   * and the same arithmetic, so the same draw.
   */
  public double sampleScalar(Rng rng) {
    double u = rng.nextDouble();
    int c = 0;
    double cum = weights[0];
    while (u >= cum && c < components() - 1) {
      c++;
      cum += weights[c];
    }
    double z = rng.nextGaussian();
    return means[c][0] + cholesky[c][0][0] * z;
  }

  /**
   * {@link #logDensity(double[], double[])} of a one-dimensional mixture at {@code x}: the same
   * value to the last bit.
   *
   * @param terms K entries, overwritten (of another length, a new array is used)
   */
  public double logDensityScalar(double x, double[] terms) {
    if (dimension() != 1) {
      throw new IllegalArgumentException("a scalar for a mixture of dimension " + dimension());
    }
    if (terms.length != components()) {
      terms = new double[components()];
    }
    for (int c = 0; c < terms.length; c++) {
      double z = (x - means[c][0]) / cholesky[c][0][0];
      terms[c] = logWeights[c] + (-0.5 * LOG_TWO_PI - logDets[c] - 0.5 * (z * z));
    }
    return SpecialFunctions.logSumExp(terms);
  }

  /** The mixture's mean vector. */
  public double[] mean() {
    int d = dimension();
    double[] m = new double[d];
    for (int c = 0; c < components(); c++) {
      double w = Math.exp(logWeights[c]);
      for (int i = 0; i < d; i++) {
        m[i] += w * means[c][i];
      }
    }
    return m;
  }

  /**
   * The mixture with {@code q} added to every component covariance: the predictive of a random
   * walk {@code x' = x + e}, {@code e ~ N(0, Q)}, with Q given by its lower Cholesky factor.
   */
  public Gmm convolve(double[][] qCholesky) {
    return linearPredict(1, qCholesky);
  }

  /**
   * The predictive of {@code x' = factor * x + e}, {@code e ~ N(0, Q)} (Q by its lower Cholesky
   * factor): every mean times {@code factor}, every covariance {@code factor^2 S + Q}.
   */
  public Gmm linearPredict(double factor, double[][] qCholesky) {
    int d = dimension();
    double[][] q = gaussian(new double[d], qCholesky).covariance(0);
    double[][][] l = new double[components()][][];
    double[][] m = new double[components()][d];
    for (int c = 0; c < components(); c++) {
      double[][] s = covariance(c);
      for (int i = 0; i < d; i++) {
        m[c][i] = factor * means[c][i];
        for (int j = 0; j < d; j++) {
          s[i][j] = factor * factor * s[i][j] + q[i][j];
        }
      }
      l[c] = choleskyOf(s);
    }
    return new Gmm(logWeights, m, l);
  }

  /** The lower Cholesky factor of a symmetric positive-definite matrix. */
  static double[][] choleskyOf(double[][] s) {
    int d = s.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double v = s[i][j];
        for (int m = 0; m < j; m++) {
          v -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (!(v > 0)) {
            throw new IllegalArgumentException("covariance is not positive definite");
          }
          l[i][i] = Math.sqrt(v);
        } else {
          l[i][j] = v / l[j][j];
        }
      }
    }
    return l;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Gmm[");
    for (int c = 0; c < components(); c++) {
      b.append(c == 0 ? "" : ", ").append(String.format("w=%.3f mean=%s",
          Math.exp(logWeights[c]), java.util.Arrays.toString(means[c])));
    }
    return b.append(']').toString();
  }
}
