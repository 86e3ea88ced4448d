package org.ppl4j.pfn;



/**
 * The predictive distribution at one query point, with its summary.
 *
 * @param distribution the full bar distribution (log density, cdf, quantiles, sampling)
 * @param mean predictive mean
 * @param sd predictive standard deviation
 * @param q05 5% quantile
 * @param q50 median
 * @param q95 95% quantile
 */
public record PointPrediction(BarDistribution distribution, double mean, double sd, double q05,
    double q50, double q95) {

  /** Summarises {@code distribution}. */
  public static PointPrediction of(BarDistribution distribution) {
    return new PointPrediction(distribution, distribution.mean(),
        Math.sqrt(distribution.variance()), distribution.quantile(0.05),
        distribution.quantile(0.5), distribution.quantile(0.95));
  }

  /** Log density of {@code y} under the prediction. */
  public double logDensity(double y) {
    return distribution.logDensity(y);
  }
}
