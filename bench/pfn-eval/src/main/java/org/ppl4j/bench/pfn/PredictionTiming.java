package org.ppl4j.bench.pfn;

import java.util.Arrays;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.semantics.random.Rng;

/**
 * Times {@link Pfn#predict} for 100 context and 100 query points (including the per-point
 * mean, sd and quantiles): median of 200 calls after 100 warm-up calls.
 */
public final class PredictionTiming {

  private PredictionTiming() {}

  /** Prints the median and 90th percentile time of one prediction. */
  public static void print(Pfn net, GpPrior gp) {
    Dataset d = gp.sample(200, Rng.seeded(42));
    double[][] xTrain = Arrays.copyOfRange(d.x(), 0, 100);
    double[] yTrain = Arrays.copyOfRange(d.y(), 0, 100);
    double[][] xTest = Arrays.copyOfRange(d.x(), 100, 200);
    for (int i = 0; i < 100; i++) {
      net.predict(xTrain, yTrain, xTest);
    }
    double[] ms = new double[200];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      net.predict(xTrain, yTrain, xTest);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("prediction, 100 context + 100 query points: median %.2f ms, "
        + "p90 %.2f ms (200 calls)%n", ms[100], ms[180]);
  }
}
