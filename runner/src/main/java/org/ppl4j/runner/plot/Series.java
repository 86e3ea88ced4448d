package org.ppl4j.runner.plot;

import java.util.Arrays;

/**
 * One named line of a {@link LinePanel}: points (x[i], y[i]), e.g. the draws of one MCMC chain
 * against the iteration, or the ESS of an SMC population against the step.
 *
 * @param name legend label (e.g. {@code "chain 1"})
 * @param x abscissae
 * @param y ordinates, as many as abscissae
 */
public record Series(String name, double[] x, double[] y) {

  /** Validates and copies the arrays. */
  public Series {
    if (x.length != y.length) {
      throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x but "
          + y.length + " y values");
    }
    x = x.clone();
    y = y.clone();
  }

  /** The series (i, ys[i]) for i = 0, 1, ...: a trace against the iteration number. */
  public static Series indexed(String name, double[] ys) {
    double[] xs = new double[ys.length];
    Arrays.setAll(xs, i -> i);
    return new Series(name, xs, ys);
  }

  /** A copy of the abscissae. */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** A copy of the ordinates. */
  @Override
  public double[] y() {
    return y.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && name.equals(s.name) && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 * 31 + Arrays.hashCode(x) * 31 + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "Series[" + name + ", " + x.length + " points]";
  }
}
