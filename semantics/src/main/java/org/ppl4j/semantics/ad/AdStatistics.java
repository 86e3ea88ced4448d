package org.ppl4j.semantics.ad;

/**
 * Array statistics of LANGUAGE.md §9.1 on {@link AdReal} numbers: the sample variance and
 * standard deviation (divisor {@code n - 1}, as R's {@code var} and Stan's {@code variance}),
 * {@code softmax} and {@code log_softmax}. Each output is one n-ary tape node over the whole
 * input with its analytic partials (Stan Math's scheme for these functions); constants record
 * nothing. Preconditions (at least two elements; finite maximum) are checked by the caller.
 */
public final class AdStatistics {
  private AdStatistics() {}

  /**
   * The sample variance {@code sum_i (x_i - m)^2 / (n - 1)}, {@code m} the mean, computed in
   * two passes; partials {@code 2 (x_i - m) / (n - 1)}.
   *
   * @param xs at least two numbers
   */
  public static AdReal variance(AdReal[] xs) {
    double[] deviations = deviations(xs);
    int n = xs.length;
    double total = 0.0;
    for (double d : deviations) {
      total += d * d;
    }
    double[] partials = new double[n];
    for (int i = 0; i < n; i++) {
      partials[i] = 2.0 * deviations[i] / (n - 1);
    }
    return Tape.nary(total / (n - 1), xs, partials);
  }

  /**
   * The sample standard deviation {@code sqrt(variance(xs))}; partials
   * {@code (x_i - m) / ((n - 1) sd)}, taken as 0 where {@code sd = 0} (no derivative there).
   *
   * @param xs at least two numbers
   */
  public static AdReal sd(AdReal[] xs) {
    double[] deviations = deviations(xs);
    int n = xs.length;
    double total = 0.0;
    for (double d : deviations) {
      total += d * d;
    }
    double sd = Math.sqrt(total / (n - 1));
    double[] partials = new double[n];
    for (int i = 0; i < n && sd > 0.0; i++) {
      partials[i] = deviations[i] / ((n - 1) * sd);
    }
    return Tape.nary(sd, xs, partials);
  }

  /**
   * {@code softmax(x)_i = e^{x_i} / sum_j e^{x_j}}, computed after subtracting the maximum;
   * partials {@code s_i (delta_ij - s_j)}.
   *
   * @param xs numbers whose maximum is finite (or no numbers)
   */
  public static AdReal[] softmax(AdReal[] xs) {
    double[] s = probabilities(xs);
    AdReal[] out = new AdReal[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double[] partials = new double[xs.length];
      for (int j = 0; j < xs.length; j++) {
        partials[j] = s[i] * ((i == j ? 1.0 : 0.0) - s[j]);
      }
      out[i] = Tape.nary(s[i], xs, partials);
    }
    return out;
  }

  /**
   * {@code log_softmax(x)_i = x_i - log sum_j e^{x_j}}, computed after subtracting the maximum;
   * partials {@code delta_ij - softmax(x)_j}.
   *
   * @param xs numbers whose maximum is finite (or no numbers)
   */
  public static AdReal[] logSoftmax(AdReal[] xs) {
    double max = max(xs);
    double total = 0.0;
    for (AdReal x : xs) {
      total += Math.exp(x.value() - max);
    }
    double logTotal = max + Math.log(total);
    double[] s = probabilities(xs);
    AdReal[] out = new AdReal[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double[] partials = new double[xs.length];
      for (int j = 0; j < xs.length; j++) {
        partials[j] = (i == j ? 1.0 : 0.0) - s[j];
      }
      out[i] = Tape.nary(xs[i].value() - logTotal, xs, partials);
    }
    return out;
  }

  private static double[] probabilities(AdReal[] xs) {
    double max = max(xs);
    double[] s = new double[xs.length];
    double total = 0.0;
    for (int i = 0; i < xs.length; i++) {
      s[i] = Math.exp(xs[i].value() - max);
      total += s[i];
    }
    for (int i = 0; i < xs.length; i++) {
      s[i] /= total;
    }
    return s;
  }

  private static double max(AdReal[] xs) {
    double max = Double.NEGATIVE_INFINITY;
    for (AdReal x : xs) {
      max = Math.max(max, x.value());
    }
    return max;
  }

  private static double[] deviations(AdReal[] xs) {
    double mean = 0.0;
    for (AdReal x : xs) {
      mean += x.value();
    }
    mean /= xs.length;
    double[] out = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i].value() - mean;
    }
    return out;
  }
}
