package org.ppl4j.semantics.ad;

import java.util.List;
import java.util.Objects;
import org.ppl4j.semantics.dist.Support;

/**
 * A distribution of the language whose parameters are {@link AdReal} numbers, so that its log
 * density can be differentiated with respect to the parameters and the argument. Scalar
 * parameters are arrays of length 1; array parameters are arrays; the covariance of
 * {@code mv_normal} is an n×n matrix flattened row by row. Draws are arrays of length
 * {@link #dimension()} (length 1 for scalar families; Booleans as 0/1).
 *
 * @param family the constructor
 * @param parameters one array per parameter, in the order of {@link Family#parameterNames()}
 */
public record AdDistribution(Family family, List<AdReal[]> parameters) {

  public AdDistribution {
    Objects.requireNonNull(family, "family");
    parameters = List.copyOf(parameters);
    if (parameters.size() != family.parameterNames().size()) {
      throw new IllegalArgumentException(
          family.languageName() + ": expected " + family.parameterNames().size()
              + " parameters, got " + parameters.size());
    }
    boolean arrayParameters = family == Family.CATEGORICAL || family.isMultivariate();
    for (int i = 0; i < parameters.size() && !arrayParameters; i++) {
      if (parameters.get(i).length != 1) {
        throw new IllegalArgumentException(family.languageName() + ": parameter '"
            + family.parameterNames().get(i) + "' must be a number");
      }
    }
  }

  /** The scalar family {@code family} with scalar parameters {@code args}. */
  public static AdDistribution of(Family family, AdReal... args) {
    AdReal[][] ps = new AdReal[args.length][];
    for (int i = 0; i < args.length; i++) {
      ps[i] = new AdReal[] {args[i]};
    }
    return new AdDistribution(family, List.of(ps));
  }

  /** {@code normal(mu, sigma)}. */
  public static AdDistribution normal(AdReal mu, AdReal sigma) {
    return of(Family.NORMAL, mu, sigma);
  }

  /** {@code normal(mu, sigma)} with constant parameters. */
  public static AdDistribution normal(double mu, double sigma) {
    return of(Family.NORMAL, AdReal.constant(mu), AdReal.constant(sigma));
  }

  /** The scalar parameter at {@code position}. */
  public AdReal scalar(int position) {
    return parameters.get(position)[0];
  }

  /** The length of a draw: 1 for scalar families, the vector length for multivariate ones. */
  public int dimension() {
    return family.isMultivariate() ? parameters.get(0).length : 1;
  }

  /** The set draws live in, at the current parameter values. */
  public Support support() {
    switch (family) {
      case NORMAL: case STUDENT_T: case CAUCHY: case LAPLACE:
        return new Support.RealLine();
      case LOGNORMAL: case GAMMA: case INV_GAMMA: case EXPONENTIAL: case HALF_NORMAL:
      case HALF_CAUCHY:
        return new Support.LowerBounded(0.0);
      case UNIFORM:
        return new Support.Interval(scalar(0).value(), scalar(1).value());
      case BETA:
        return new Support.Interval(0.0, 1.0);
      case DIRICHLET:
        return new Support.Simplex(dimension());
      case MV_NORMAL:
        return new Support.RealVector(dimension());
      case BERNOULLI:
        return new Support.Booleans();
      case BINOMIAL:
        return new Support.Integers(0, (long) scalar(0).value());
      case CATEGORICAL:
        return new Support.Integers(0, parameters.get(0).length - 1L);
      case UNIFORM_INT:
        return new Support.Integers((long) scalar(0).value(), (long) scalar(1).value() - 1);
      default:
        return new Support.Integers(0, Long.MAX_VALUE);
    }
  }

  /** The log density of a scalar draw {@code x}. */
  public AdReal logDensity(AdReal x) {
    return logDensity(new AdReal[] {x});
  }

  /**
   * The log density (log mass for discrete families) at {@code x}, {@code -inf} outside the
   * support, with the same normalising constants as the double-valued distributions.
   *
   * @throws IllegalArgumentException naming the family, parameter and value when a parameter
   *     is outside its domain
   */
  public AdReal logDensity(AdReal[] x) {
    if (x.length != dimension()) {
      throw new IllegalArgumentException(family.languageName() + ": expected a draw of length "
          + dimension() + ", got " + x.length);
    }
    return AdLogDensities.logDensity(this, x);
  }
}
