package org.ppl4j.inference.advi;

/**
 * A Gaussian approximation {@code q} of a posterior on the unconstrained space R^d, written as
 * the reparameterisation {@code zeta = mu + S eps} of a standard normal {@code eps}
 * (Kucukelbir et al. 2017, §2.5-2.6): mean-field ({@link MeanField}, S diagonal) or full-rank
 * ({@link FullRank}, S a lower-triangular Cholesky factor). Its variational parameters are a
 * flat vector ({@link #parameters()}) so that one optimiser serves both families.
 *
 * <p>Values are immutable: every method that changes parameters returns a new approximation.
 */
public sealed interface Approximation permits MeanField, FullRank {

  /** d, the dimension of the unconstrained space, &gt;= 1. */
  int dimension();

  /** The family of this approximation. */
  Family family();

  /** The mean {@code mu} (a copy). */
  double[] mu();

  /** The parameters of the scale {@code S}, as the family packs them (a copy). */
  double[] scaleParameters();

  /** The variational parameters as one vector, {@code mu} then the scale's (a copy). */
  default double[] parameters() {
    double[] mu = mu();
    double[] scale = scaleParameters();
    double[] p = java.util.Arrays.copyOf(mu, mu.length + scale.length);
    System.arraycopy(scale, 0, p, mu.length, scale.length);
    return p;
  }

  /**
   * The approximation of the same family with {@code parameters} (as laid out by
   * {@link #parameters()}).
   */
  default Approximation withParameters(double[] parameters) {
    int d = dimension();
    return family().of(java.util.Arrays.copyOfRange(parameters, 0, d),
        java.util.Arrays.copyOfRange(parameters, d, parameters.length));
  }

  /** The mean {@code mu} (a copy): the approximation's point estimate. */
  default double[] mean() {
    return mu();
  }

  /** {@code zeta = mu + S eps}, for a standard normal {@code eps} of length d. */
  double[] transform(double[] eps);

  /**
   * Adds to {@code out} the gradient, with respect to the parameters, of {@code log p(zeta)}
   * at {@code zeta = transform(eps)}, given its gradient {@code gradient} with respect to
   * {@code zeta} (the chain rule through the reparameterisation).
   */
  void addReparameterisedGradient(double[] eps, double[] gradient, double[] out);

  /** Adds to {@code out} the gradient of {@link #entropy()} with respect to the parameters. */
  void addEntropyGradient(double[] out);

  /** The entropy of {@code q}, {@code log|det S| + d/2 (1 + log 2 pi)}. */
  double entropy();

  /** {@code log q(zeta)}, for the Pareto-k diagnostic of the approximation. */
  double logDensity(double[] zeta);

  /** Whether every parameter is finite. */
  default boolean isFinite() {
    for (double p : parameters()) {
      if (!Double.isFinite(p)) {
        return false;
      }
    }
    return true;
  }

  /** A draw of {@code q}: {@link #transform} of a standard normal vector drawn from {@code rng}. */
  default double[] draw(org.ppl4j.semantics.random.Rng rng) {
    return transform(standardNormal(dimension(), rng));
  }

  /** A standard normal vector of length {@code d} drawn from {@code rng}. */
  static double[] standardNormal(int d, org.ppl4j.semantics.random.Rng rng) {
    double[] eps = new double[d];
    for (int i = 0; i < d; i++) {
      eps[i] = rng.nextGaussian();
    }
    return eps;
  }

  /** Whether {@code o} is an approximation of {@code a}'s family with equal parameters. */
  static boolean equal(Approximation a, Object o) {
    return o instanceof Approximation b && a.family() == b.family()
        && java.util.Arrays.equals(a.parameters(), b.parameters());
  }

  /** A hash code consistent with {@link #equal}. */
  static int hash(Approximation a) {
    return 31 * a.family().hashCode() + java.util.Arrays.hashCode(a.parameters());
  }

  /** {@code d/2 (1 + log 2 pi)}: the entropy of a standard normal on R^d. */
  static double standardEntropy(int d) {
    return 0.5 * d * (1 + Math.log(2 * Math.PI));
  }
}
