package org.ppl4j.bench.dt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.random.Rng;

/**
 * Benchmark (b) of issue 8: sequential range-only tracking ({@link RangeScenario}) over 100
 * steps with the Distribution Transformer's posterior fed back as the next prior (after the
 * linear-Gaussian prediction, which is exact for a mixture), against ppl4j's SMC particle filter
 * (1,000 particles; its filtering density at step t, by a kernel density estimate, from an SMC
 * run over steps 1..t, at every tenth step), an extended Kalman filter and a grid filter (the
 * exact answer up to the grid). Prints the mean log density of the true state and the time per
 * step of each, then the means at every tenth step.
 *
 * <p>Timing: each method's own work per step (a first, untimed DT and EKF pass over another
 * sequence warms the JIT; the particle filter's time is that of its last run, over all steps,
 * after nine shorter runs), on whatever cores the backend and SMC use.
 *
 * <p>Between steps the DT's component weights are mixed with a uniform floor,
 * {@code w' = (1 - floor) w + floor / K}, so that no component's weight falls far outside the
 * meta-prior's range (a component at weight 1e-20 is a token the network never saw).
 *
 * <p>Usage: {@code TrackingEvaluation --net NET.dt [--sequences 10] [--steps 100]
 * [--particles 1000] [--floor 1e-3] [--seed 1]}.
 */
public final class TrackingEvaluation {

  private TrackingEvaluation() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    DistributionTransformer dt = DistributionTransformer.load(
        Path.of(ConjugateEvaluation.option(args, "--net", "range.dt")));
    int sequences = Integer.parseInt(ConjugateEvaluation.option(args, "--sequences", "10"));
    int steps = Integer.parseInt(ConjugateEvaluation.option(args, "--steps", "100"));
    int particles = Integer.parseInt(ConjugateEvaluation.option(args, "--particles", "1000"));
    double floor = Double.parseDouble(ConjugateEvaluation.option(args, "--floor", "1e-3"));
    long seed = Long.parseLong(ConjugateEvaluation.option(args, "--seed", "1"));
    Gmm prior = Gmm.univariate(new double[] {1, 1, 1, 1}, new double[] {-3, -1, 1, 3},
        new double[] {1, 1, 1, 1});
    Rng rng = Rng.seeded(seed);
    RangeScenario warmUp = RangeScenario.simulate(prior, steps, 2, Rng.seeded(seed + 1000));
    dtFilter(dt, warmUp, floor, new double[1]);
    RangeFilters.ekf(warmUp, new double[1]);
    int checkpoints = steps / 10;
    String[] names = {"grid (exact)", "DT", "SMC PF N=" + particles, "EKF"};
    double[][] atCheckpoint = new double[names.length][checkpoints];
    double[] allSteps = new double[names.length];
    double[] times = new double[names.length];
    double[] sumSq = new double[names.length];
    for (int r = 0; r < sequences; r++) {
      RangeScenario s = RangeScenario.simulate(prior, steps, 2, rng.split());
      double[][] logq = new double[names.length][];
      double[] time = new double[1];
      logq[0] = RangeFilters.grid(s, time);
      times[0] += time[0];
      time[0] = 0;
      logq[1] = dtFilter(dt, s, floor, time);
      times[1] += time[0];
      time[0] = 0;
      logq[3] = RangeFilters.ekf(s, time);
      times[3] += time[0];
      logq[2] = new double[steps];
      Rng pfRng = rng.split();
      for (int c = 1; c <= checkpoints; c++) {
        int t = c * 10;
        long t0 = System.nanoTime();
        Empirical<Double> draws = Smc.run(s.model(t), SmcConfig.defaults()
            .withParticles(particles), pfRng.split()).empirical();
        if (t == checkpoints * 10) {
          times[2] += (System.nanoTime() - t0) / 1e9;
        }
        logq[2][t - 1] = RangeFilters.logDensity(ParticleDensity.of(draws), s.truth()[t - 1]);
      }
      for (int m = 0; m < names.length; m++) {
        for (int c = 1; c <= checkpoints; c++) {
          double v = logq[m][c * 10 - 1];
          atCheckpoint[m][c - 1] += v / sequences;
          sumSq[m] += v * v;
        }
        for (int t = 0; t < steps; t++) {
          allSteps[m] += logq[m][t] / (sequences * steps);
        }
      }
    }
    System.out.printf("# range-only tracking, %d sequences of %d steps, 2 sensors per step; log "
        + "density of the true state (higher is better)%n", sequences, steps);
    System.out.printf("%-18s %16s %10s %16s %14s%n", "method", "mean (t=10.." + steps + ")",
        "se", "mean (all t)", "time/step (s)");
    for (int m = 0; m < names.length; m++) {
      double mean = 0;
      for (double v : atCheckpoint[m]) {
        mean += v / checkpoints;
      }
      int count = sequences * checkpoints;
      double se = Math.sqrt(Math.max(0, sumSq[m] / count - mean * mean) / (count - 1));
      System.out.printf("%-18s %16.3f %10.3f %16s %14.3g%n", names[m], mean,
          se, m == 2 ? "-" : String.format("%.3f", allSteps[m]),
          times[m] / (sequences * (double) steps));
    }
    System.out.printf("%n%-6s", "t");
    for (String n : names) {
      System.out.printf(" %16s", n);
    }
    System.out.println();
    for (int c = 0; c < checkpoints; c++) {
      System.out.printf("%-6d", (c + 1) * 10);
      for (int m = 0; m < names.length; m++) {
        System.out.printf(" %16.3f", atCheckpoint[m][c]);
      }
      System.out.println();
    }
  }

  /** The DT filter: predict (exact for a mixture), floor the weights, update with the step's rows. */
  static double[] dtFilter(DistributionTransformer dt, RangeScenario s, double floor,
      double[] time) {
    Gmm belief = s.prior();
    double[][] q = {{s.q()}};
    double[] out = new double[s.truth().length];
    for (int t = 0; t < out.length; t++) {
      long t0 = System.nanoTime();
      belief = dt.update(floored(belief.linearPredict(s.a(), q), floor),
          s.observations().get(t));
      time[0] += (System.nanoTime() - t0) / 1e9;
      out[t] = RangeFilters.logDensity(belief, s.truth()[t]);
    }
    return out;
  }

  private static Gmm floored(Gmm g, double floor) {
    int k = g.components();
    double[] lw = new double[k];
    List<double[]> means = new ArrayList<>();
    double[][][] chol = new double[k][][];
    for (int c = 0; c < k; c++) {
      lw[c] = Math.log((1 - floor) * Math.exp(g.logWeight(c)) + floor / k);
      means.add(g.mean(c));
      int d = g.dimension();
      chol[c] = new double[d][d];
      for (int i = 0; i < d; i++) {
        for (int j = 0; j <= i; j++) {
          chol[c][i][j] = g.cholesky(c, i, j);
        }
      }
    }
    return new Gmm(lw, means.toArray(new double[0][]), chol);
  }
}
