package org.ppl4j.pfn.evaluation;

import java.util.Arrays;
import org.ppl4j.pfn.BarDistribution;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;

/**
 * Per-dataset mean NLLs of the test points of a {@link HeldOutSet} under the PFN, the exact GP
 * posterior predictive and the prior predictive, with the standard error of the PFN's gap.
 *
 * @param context context size n
 * @param pfn per-dataset PFN NLL
 * @param exact per-dataset exact-GP NLL
 * @param prior per-dataset prior-predictive NLL
 */
public record NllComparison(int context, double[] pfn, double[] exact, double[] prior) {

  /** Mean of the per-dataset values. */
  public static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(Double.NaN);
  }

  /** Mean of {@code a - b}. */
  public static double meanDifference(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] - b[i];
    }
    return s / a.length;
  }

  /** Standard error of the mean of {@code a - b} (sample sd / sqrt(count)). */
  public static double standardError(double[] a, double[] b) {
    double m = meanDifference(a, b);
    double ss = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i] - m;
      ss += d * d;
    }
    return Math.sqrt(ss / (a.length - 1) / a.length);
  }

  /** Evaluates {@code net} and the GP oracle on {@code set}; the PFN runs in chunks of 256. */
  public static NllComparison evaluate(Pfn net, GpPrior gp, HeldOutSet set) {
    int count = set.datasets().length;
    double[] pfn = pfnNll(net, set);
    double[] exact = new double[count];
    double[] prior = new double[count];
    ExactGp oracle = new ExactGp(gp);
    for (int i = 0; i < count; i++) {
      Dataset d = set.datasets()[i];
      double[] xs = new double[d.size()];
      for (int r = 0; r < xs.length; r++) {
        xs[r] = d.x()[r][0];
      }
      double[] xTest = Arrays.copyOfRange(xs, set.context(), xs.length);
      double[] yTest = Arrays.copyOfRange(d.y(), set.context(), xs.length);
      exact[i] = oracle.meanNll(xs, d.y(), set.context(), xTest, yTest);
      prior[i] = oracle.meanNll(xs, d.y(), 0, xTest, yTest);
    }
    return new NllComparison(set.context(), pfn, exact, prior);
  }

  /** Per-dataset PFN NLL of the test points, all datasets of a chunk in one batched pass. */
  public static double[] pfnNll(Pfn net, HeldOutSet set) {
    Backend backend = net.backend();
    int count = set.datasets().length;
    int rows = set.context() + set.queries();
    int xDim = net.architecture().xDim();
    int k = net.architecture().buckets();
    double[] out = new double[count];
    int chunk = 256;
    for (int c0 = 0; c0 < count; c0 += chunk) {
      int b = Math.min(chunk, count - c0);
      float[] x = new float[b * rows * xDim];
      float[] y = new float[b * rows];
      for (int i = 0; i < b; i++) {
        Dataset d = set.datasets()[c0 + i];
        for (int r = 0; r < rows; r++) {
          for (int c = 0; c < xDim; c++) {
            x[(i * rows + r) * xDim + c] = (float) d.x()[r][c];
          }
          y[i * rows + r] = r < set.context() ? (float) d.y()[r] : 0f;
        }
      }
      float[] logits;
      try (Tape tape = Tape.inference(backend)) {
        logits = net.network().logits(tape, Tensor.of(backend, b * rows, xDim, x, false),
            Tensor.of(backend, b * rows, 1, y, false), b, set.context()).toArray();
      }
      double[] row = new double[k];
      for (int i = 0; i < b; i++) {
        Dataset d = set.datasets()[c0 + i];
        double s = 0;
        for (int q = 0; q < set.queries(); q++) {
          int base = (i * set.queries() + q) * k;
          for (int j = 0; j < k; j++) {
            row[j] = logits[base + j];
          }
          s -= new BarDistribution(net.borders(), row).logDensity(d.y()[set.context() + q]);
        }
        out[c0 + i] = s / set.queries();
      }
    }
    return out;
  }
}
