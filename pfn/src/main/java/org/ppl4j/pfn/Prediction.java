package org.ppl4j.pfn;

import java.util.List;

/**
 * The PFN's predictions for a list of query points (one {@link PointPrediction} each, in order).
 *
 * @param points per-query predictions
 */
public record Prediction(List<PointPrediction> points) {

  /** Copies the list. */
  public Prediction {
    points = List.copyOf(points);
  }

  /**
   * The mean negative log-likelihood of the observed {@code yTest}, one per query point.
   */
  public double meanNll(double[] yTest) {
    if (yTest.length != points.size()) {
      throw new IllegalArgumentException("y_test has " + yTest.length + " values but there are "
          + points.size() + " test points");
    }
    double s = 0;
    for (int i = 0; i < yTest.length; i++) {
      s -= points.get(i).logDensity(yTest[i]);
    }
    return s / yTest.length;
  }
}
