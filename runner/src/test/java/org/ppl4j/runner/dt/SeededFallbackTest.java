package org.ppl4j.runner.dt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The fallback of the importance correction is exact whatever the network (issue 24): tempered
 * SMC seeded by a deliberately bad network posterior (N(-6, 0.05^2), where the posterior is
 * near 0.84) mixed with the prior, the seeds weighted against the prior
 * ({@link SeededPopulation}), on gaussian_mean_model.ppl (prior 0.3 N(-2, 0.8^2) + 0.7
 * N(1.5, 1.2^2), five observations with noise 1), whose exact posterior mean is 0.8446094 and
 * sd 0.4238090 (closed form, see DtCommandTest).
 */
class SeededFallbackTest {

  private static final double EXACT_MEAN = 0.8446094060605803;
  private static final double EXACT_SD = 0.42380896193417267;

  private static Model<Value> model() throws Exception {
    String file = Path.of("..", "examples", "dt", "gaussian_mean_model.ppl").toString();
    Program program = PplCompiler.compile(file, Files.readString(Path.of(file)));
    List<Value> obs = List.of(new RealValue(0.4), new RealValue(1.1), new RealValue(-0.2),
        new RealValue(0.9), new RealValue(1.6));
    return program.model(Map.of("obs", new ArrayValue(obs)));
  }

  private static Gmm badNetwork() {
    return Gmm.univariate(new double[] {1}, new double[] {-6}, new double[] {0.05});
  }

  /**
   * The seeds, before any tempering, are a weighted sample of the prior: their self-normalised
   * mean is the prior mean 0.3 (-2) + 0.7 (1.5) = 0.45 within 4.5 prior sd / sqrt(ESS) (seed
   * 5, N 4,000, Kish ESS of the seeds' weights), though half of them sit at -6.
   */
  @Test
  void seedsAreAWeightedSampleOfThePrior() throws Exception {
    Model<Value> model = model();
    Gmm prior = WrittenPrior.of(model).orElseThrow();
    SeededPopulation.Weighted seeds = SeededPopulation.of(model,
        badNetwork().mixedWith(prior, 0.5), 4000, Rng.seeded(5)).orElseThrow();
    double[] w = seeds.logWeights();
    double max = java.util.Arrays.stream(w).max().orElseThrow();
    double total = 0;
    double sumSquares = 0;
    double mean = 0;
    for (int i = 0; i < w.length; i++) {
      double wi = Math.exp(w[i] - max);
      total += wi;
      sumSquares += wi * wi;
      mean += wi * ((RealValue) seeds.traces().get(i).choices().get(1).value()).value();
    }
    mean /= total;
    double ess = total * total / sumSquares;
    double priorSd = Math.sqrt(0.3 * (0.64 + 4) + 0.7 * (1.44 + 2.25) - 0.45 * 0.45);
    double tolerance = 4.5 * priorSd / Math.sqrt(ess);
    assertTrue(Math.abs(mean - 0.45) <= tolerance, "seed 5, N 4000: weighted prior mean " + mean
        + ", ESS " + ess + ", tolerance " + tolerance);
  }

  /**
   * Eight independent fallback runs (seeds 1..8, 1,000 particles each, the default) from the
   * bad network's seeds: the average posterior mean and sd are within 4.5 standard errors (of
   * the eight runs' spread) of the exact ones, and each run says it was seeded.
   */
  @Test
  void fallbackSeededByABadNetworkIsExact() throws Exception {
    Model<Value> model = model();
    Gmm prior = WrittenPrior.of(model).orElseThrow();
    int runs = 8;
    double[] means = new double[runs];
    double[] sds = new double[runs];
    for (int r = 0; r < runs; r++) {
      Posterior<Value> p = CorrectedPosterior.fallback("dt", model,
          badNetwork().mixedWith(prior, 0.5), 3.0, List.of(), Rng.seeded(r + 1));
      var summary = p.summary("theta").get("theta");
      means[r] = summary.mean();
      sds[r] = summary.sd();
      assertTrue(p.diagnostics().notes().get(0).contains("seeded by the network's posterior"),
          p.diagnostics().notes().toString());
    }
    assertWithinStandardErrors(means, EXACT_MEAN, "mean");
    assertWithinStandardErrors(sds, EXACT_SD, "sd");
  }

  /**
   * Through the whole correction: whichever path answers for the bad network (its draws mixed
   * with 10%, 50% or 90% of prior draws, or the seeded fallback) has the exact mean within
   * 4.5 sd / sqrt(ESS) (seed 2, N 4,000).
   */
  @Test
  void correctionOfABadNetworkIsExact() throws Exception {
    Model<Value> model = model();
    Gmm prior = WrittenPrior.of(model).orElseThrow();
    Posterior<Value> p = CorrectedPosterior.of("dt", model, badNetwork(), prior, 4000,
        x -> new RealValue(x[0]), List.of(), Rng.seeded(2));
    var theta = p.summary("theta").get("theta");
    double tolerance = 4.5 * EXACT_SD / Math.sqrt(theta.ess().orElseThrow());
    assertTrue(Math.abs(theta.mean() - EXACT_MEAN) <= tolerance, "seed 2: " + theta + " "
        + p.diagnostics().notes());
  }

  private static void assertWithinStandardErrors(double[] x, double exact, String what) {
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    double variance = 0;
    for (double v : x) {
      variance += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(variance / (x.length - 1) / x.length);
    assertTrue(Math.abs(mean - exact) <= 4.5 * se, what + " over " + x.length + " runs: "
        + mean + " vs exact " + exact + ", standard error " + se + ", runs "
        + java.util.Arrays.toString(x));
  }
}
