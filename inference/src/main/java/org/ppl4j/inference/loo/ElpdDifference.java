package org.ppl4j.inference.loo;

/**
 * The difference of two models' elpd on the same observed elements, with its standard error
 * from the pointwise differences, as R's {@code loo_compare}: {@code Δ = Σ (b_i - a_i)},
 * {@code se = sqrt(n Var(b_i - a_i))}. The paired standard error is far smaller than the two
 * elpds' own errors combined, as both are computed on the same data.
 *
 * @param difference {@code elpd(b) - elpd(a)}
 * @param se its standard error
 */
public record ElpdDifference(double difference, double se) {

  /**
   * {@code b} minus {@code a}.
   *
   * @throws IllegalArgumentException when they are on different numbers of elements
   */
  public static ElpdDifference of(Elpd a, Elpd b) {
    double[] x = a.pointwise();
    double[] y = b.pointwise();
    if (x.length != y.length) {
      throw new IllegalArgumentException("the models have " + x.length + " and " + y.length
          + " observed elements; elpd can only be compared on the same data");
    }
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = y[i] - x[i];
    }
    return new ElpdDifference(Elpd.sum(d), Elpd.standardErrorOfSum(d));
  }
}
