package org.ppl4j.semantics.ad;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ppl4j.semantics.dist.Arguments;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.Support;

/**
 * A distribution of the language whose parameters are {@link AdReal} numbers, so that its log
 * density can be differentiated with respect to the parameters and the argument. Scalar
 * parameters are arrays of length 1; array parameters are arrays; the covariance of
 * {@code mv_normal} is an n×n matrix flattened row by row. Draws are arrays of length
 * {@link #dimension()} (length 1 for scalar families; Booleans as 0/1).
 *
 * <p>Everything family-specific comes from the family's
 * {@link org.ppl4j.semantics.dist.FamilyDescription}: the parameters are validated by building
 * the family's plain distribution from their values (same messages as the language), the
 * support is that distribution's, and the log density is the family's one formula evaluated
 * on {@link AdNum}.
 *
 * @param family the constructor
 * @param parameters one array per parameter, in the order of {@link Family#parameterNames()}
 */
public record AdDistribution(Family family, List<AdReal[]> parameters) {

  /** Requires a family and one array per parameter, each of length 1 for a scalar one. */
  public AdDistribution {
    Objects.requireNonNull(family, "family");
    parameters = List.copyOf(parameters);
    if (parameters.size() != family.arity()) {
      throw new IllegalArgumentException(
          family.languageName() + ": expected " + family.arity()
              + " parameters, got " + parameters.size());
    }
    for (int i = 0; i < parameters.size(); i++) {
      boolean scalar = switch (family.description().parameters().get(i).domain().shape()) {
        case REAL, INT -> true;
        case REAL_ARRAY, REAL_MATRIX -> false;
      };
      if (scalar && parameters.get(i).length != 1) {
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

  /**
   * The family's plain distribution at the current parameter values.
   *
   * @throws IllegalArgumentException naming the family, parameter and value when a parameter
   *     is outside its domain
   */
  public Distribution<?> plain() {
    return family.description().constructor().apply(new Values());
  }

  /** The set draws live in, at the current parameter values. */
  public Support support() {
    return plain().support();
  }

  /** The log density of a scalar draw {@code x}. */
  public AdReal logDensity(AdReal x) {
    return logDensity(new AdReal[] {x});
  }

  /**
   * The log density (log mass for discrete families) at {@code x}, {@code -inf} outside the
   * support: the family's formula, so its value is that of the plain distribution; for a
   * scalar family one replayable node ({@link FamilyTerms}).
   *
   * @throws IllegalArgumentException naming the family, parameter and value when a parameter
   *     is outside its domain
   */
  public AdReal logDensity(AdReal[] x) {
    if (x.length != dimension()) {
      throw new IllegalArgumentException(family.languageName() + ": expected a draw of length "
          + dimension() + ", got " + x.length);
    }
    if (FamilyTerms.covers(family)) {
      AdReal[] slots = new AdReal[parameters.size() + 1];
      for (int i = 0; i < parameters.size(); i++) {
        slots[i] = parameters.get(i)[0];
      }
      slots[parameters.size()] = x[0];
      return FamilyTerms.sum(family, new AdReal[][] {slots});
    }
    plain();
    AdNum num = new AdNum();
    long[] point = num.put(x);
    long[][] ps = new long[parameters.size()][];
    for (int i = 0; i < ps.length; i++) {
      ps[i] = num.put(parameters.get(i));
    }
    return num.get(family.description().logDensity(num, point, Arrays.asList(ps)));
  }

  /**
   * The parameters' values, in the shapes the family's constructor reads, read without telling
   * a recording tape: the plain distribution serves to validate the parameters and to name the
   * support's kind, which for every family but {@code uniform} (whose bounds
   * {@link org.ppl4j.semantics.transform.Transform#of} keeps differentiable) does not depend on
   * the parameters' values.
   */
  private final class Values implements Arguments {
    @Override
    public double real(int i) {
      return scalar(i).peek();
    }

    @Override
    public int integer(int i) {
      return ScalarArguments.integer(family, i, scalar(i).peek());
    }

    @Override
    public double[] reals(int i) {
      double[] out = new double[parameters.get(i).length];
      for (int k = 0; k < out.length; k++) {
        out[k] = parameters.get(i)[k].peek();
      }
      return out;
    }

    @Override
    public double[][] matrix(int i) {
      double[] flat = reals(i);
      int n = (int) Math.round(Math.sqrt(flat.length));
      if (n * n != flat.length) {
        throw new IllegalArgumentException(family.languageName() + ": parameter '"
            + family.parameterNames().get(i) + "' must be a square matrix, got "
            + flat.length + " entries");
      }
      double[][] rows = new double[n][];
      for (int r = 0; r < n; r++) {
        rows[r] = Arrays.copyOfRange(flat, r * n, (r + 1) * n);
      }
      return rows;
    }
  }
}
