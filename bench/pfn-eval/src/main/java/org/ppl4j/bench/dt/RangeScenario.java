package org.ppl4j.bench.dt;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Benchmark (b) of issue 8: one-dimensional tracking with range-only sensing (the likelihood of
 * {@code examples/dt/range_1d.ppl}). The state follows {@code x_t = a x_(t-1) + N(0, q^2)} from
 * {@code x_0 ~ prior}; at each step {@code sensors} sensors at positions uniform on [-6, 6]
 * report {@code |x_t - s| + N(0, noise^2)}, as rows {@code [s, r]}. A range is symmetric about
 * the sensor, so posteriors are often bimodal.
 *
 * @param prior the distribution of x_0
 * @param a the autoregression factor
 * @param q the process noise standard deviation
 * @param noise the range noise standard deviation
 * @param truth x_1..x_T
 * @param observations the rows of each step
 */
public record RangeScenario(Gmm prior, double a, double q, double noise, double[] truth,
    List<double[][]> observations) {

  /** Factor 0.95, process noise 0.5, range noise 0.5 (as range_1d.ppl). */
  public static RangeScenario simulate(Gmm prior, int steps, int sensors, Rng rng) {
    double a = 0.95;
    double q = 0.5;
    double noise = 0.5;
    double x = prior.sample(rng)[0];
    double[] truth = new double[steps];
    List<double[][]> obs = new ArrayList<>();
    for (int t = 0; t < steps; t++) {
      x = a * x + q * rng.nextGaussian();
      truth[t] = x;
      double[][] rows = new double[sensors][];
      for (int j = 0; j < sensors; j++) {
        double s = -6 + 12 * rng.nextDouble();
        rows[j] = new double[] {s, Math.abs(x - s) + noise * rng.nextGaussian()};
      }
      obs.add(rows);
    }
    return new RangeScenario(prior, a, q, noise, truth, List.copyOf(obs));
  }

  /** The state-space model up to step {@code steps} (1-based) as a program returning x_steps. */
  public Model<Double> model(int steps) {
    int k = prior.components();
    double[] w = new double[k];
    for (int c = 0; c < k; c++) {
      w[c] = Math.exp(prior.logWeight(c));
    }
    Model<Double> x0 = Model.sample(Distributions.categorical(w)).flatMap(c -> Model.sample(
        Distributions.normal(prior.mean(c)[0], prior.cholesky(c, 0, 0))));
    List<double[][]> upTo = observations.subList(0, steps);
    return x0.flatMap(start -> Model.fold(upTo, start, (x, rows) -> Model.sample(
        Distributions.normal(a * x, q)).flatMap(next -> {
          List<double[]> list = List.of(rows);
          return Model.forEach(list, row -> Model.observe(
              Distributions.normal(Math.abs(next - row[0]), noise), row[1])).map(u -> next);
        })));
  }
}
