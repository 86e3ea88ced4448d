package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.Arrays;
import java.util.List;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The Dirichlet distribution {@code dirichlet(alphas)} on the open probability simplex,
 * density {@code Gamma(sum a) / prod Gamma(a_i) prod x_i^(a_i - 1)} with respect to Lebesgue
 * measure on the first {@code K - 1} coordinates.
 *
 * @param alphas concentrations, each &gt; 0 and finite, at least one; the accessor returns a
 *     copy
 */
public record Dirichlet(double[] alphas) implements Distribution<double[]> {
  /** Tolerance on {@code |sum x - 1|} for a point to count as on the simplex. */
  public static final double SIMPLEX_TOLERANCE = 1e-9;

  /** The family dirichlet: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "dirichlet", ValueType.REAL_ARRAY,
      List.of(parameter("alphas", Domain.POSITIVE_VECTOR)),
      a -> Distributions.dirichlet(a.reals(0)),
      (n, x, p) -> Dirichlet.logDensity(n, x, p.get(0)));

  /** Validates the concentrations (copied); see {@link Distributions#dirichlet}. */
  public Dirichlet {
    Parameters.length("dirichlet", "alphas", alphas.length, 1);
    alphas = alphas.clone();
    for (int i = 0; i < alphas.length; i++) {
      if (!(alphas[i] > 0) || alphas[i] == Double.POSITIVE_INFINITY) {
        throw Parameters.error("dirichlet", "alphas", "finite and > 0 in every entry",
            alphas[i] + " at index " + i);
      }
    }
  }

  /** A copy of the concentrations. */
  @Override
  public double[] alphas() {
    return alphas.clone();
  }

  /** The dimension K. */
  public int dimension() {
    return alphas.length;
  }

  /**
   * Normalised independent gamma draws {@code G_i ~ gamma(alphas[i], 1)}, normalised from
   * their logarithms so that small concentrations do not underflow to a zero sum; each
   * coordinate is kept at least the smallest positive double.
   */
  @Override
  public double[] sample(Rng rng) {
    int k = alphas.length;
    double[] logGammas = new double[k];
    for (int i = 0; i < k; i++) {
      logGammas[i] = GammaSampler.logStandard(rng, alphas[i]);
    }
    double logTotal = SpecialFunctions.logSumExp(logGammas);
    double[] x = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = Math.max(Math.exp(logGammas[i] - logTotal), Double.MIN_VALUE);
    }
    return x;
  }

  /** {@code lgamma(sum a) - sum lgamma(a_i) + sum (a_i - 1) log x_i}. */
  @Override
  public double logDensity(double[] x) {
    if (!inSupport(x)) {
      return Double.NEGATIVE_INFINITY;
    }
    return real(logDensity(DoubleNum.INSTANCE, DoubleNum.nums(x), DoubleNum.nums(alphas)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long[] x, long[] alphas) {
    double[] point = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      point[i] = n.value(x[i]);
    }
    if (!onSimplex(point, alphas.length)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    long alphaTotal = n.constant(0);
    long sum = n.constant(0);
    for (int i = 0; i < alphas.length; i++) {
      alphaTotal = n.add(alphaTotal, alphas[i]);
      sum = n.add(sum, n.sub(n.mul(n.plus(alphas[i], -1), n.log(x[i])), n.lgamma(alphas[i])));
    }
    return n.add(sum, n.lgamma(alphaTotal));
  }

  /**
   * Whether {@code x} has length K, entries in (0, 1) and sum within
   * {@value #SIMPLEX_TOLERANCE} of 1.
   */
  @Override
  public boolean inSupport(double[] x) {
    return onSimplex(x, alphas.length);
  }

  private static boolean onSimplex(double[] x, int dimension) {
    if (x.length != dimension) {
      return false;
    }
    double total = 0;
    for (double xi : x) {
      if (!(xi > 0 && xi <= 1)) {
        return false;
      }
      total += xi;
    }
    return Math.abs(total - 1) <= SIMPLEX_TOLERANCE;
  }

  @Override
  public Support support() {
    return new Support.Simplex(alphas.length);
  }

  @Override
  public String name() {
    return "dirichlet";
  }

  /** The mean vector {@code alphas / sum(alphas)}. */
  public double[] meanVector() {
    double total = Arrays.stream(alphas).sum();
    return Arrays.stream(alphas).map(a -> a / total).toArray();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dirichlet d && Arrays.equals(alphas, d.alphas);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(alphas);
  }

  @Override
  public String toString() {
    return "dirichlet(" + Arrays.toString(alphas) + ")";
  }
}
