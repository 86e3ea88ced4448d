package org.ppl4j.examples.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.Density;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * The DSL examples against exact answers. Posterior draws of the coin and the normal mean are
 * exact (rejection sampling), so a Kolmogorov-Smirnov test against the closed-form posterior
 * applies: it must not reject at p &lt; 1e-4.
 */
class ExamplesTest {
  private static final long SEED = 42;
  private static final int N = 2000;

  @Test
  void coinPosteriorIsBetaOfHeadsAndTails() {
    Posterior<Double> p = Coin.infer(Coin.FLIPS, N, SEED);
    double[] draws = p.draws().values().stream().mapToDouble(Double::doubleValue).toArray();
    double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
        new BetaDistribution(null, 8, 4), draws);
    assertTrue(pValue > 1e-4, "seed " + SEED + " N " + N + " KS p-value " + pValue);
    // exact log evidence log B(8, 4); the estimate's relative sd is sqrt((1 - a) / N)
    double rate = p.diagnostics().acceptanceRate().getAsDouble();
    double z = (Math.exp(p.logEvidence().getAsDouble()) - 1.0 / 1320)
        / (1.0 / 1320 * Math.sqrt((1 - rate) / N));
    assertTrue(Math.abs(z) <= 4.5, "seed " + SEED + " N " + N + " evidence z " + z);
  }

  @Test
  void normalMeanPosteriorIsTheConjugateNormal() {
    Posterior<Double> p = NormalMean.infer(NormalMean.YS, N, SEED);
    double[] exact = NormalMean.exactPosterior(NormalMean.YS);
    double[] draws = p.draws().values().stream().mapToDouble(Double::doubleValue).toArray();
    double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
        new NormalDistribution(null, exact[0], exact[1]), draws);
    assertTrue(pValue > 1e-4, "seed " + SEED + " N " + N + " KS p-value " + pValue);
  }

  @Test
  void burglaryGivenBothCallsMatchesTheTextbook() {
    // AIMA 3rd ed. §14.4.1: P(burglary | john, mary) = <0.284, 0.716>
    assertEquals(0.284, Burglary.infer().mean("burglary"), 5e-4);
  }

  @Test
  void regressionDensityIsTheSumOfPriorAndLikelihoodTerms() {
    Density<LinearRegression.Line> d = Density.of(
        LinearRegression.model(new double[] {1.0}, new double[] {2.0}), List.of(0.5, 0.25, 0.8));
    double logPrior = new NormalDistribution(0, 2).logDensity(0.5)
        + new NormalDistribution(0, 2).logDensity(0.25)
        + Math.log(2) + new NormalDistribution(0, 1).logDensity(0.8);
    assertEquals(logPrior, d.logPrior(), 1e-12);
    assertEquals(new NormalDistribution(0.75, 0.8).logDensity(2.0), d.logLikelihood(), 1e-12);
    assertEquals(new LinearRegression.Line(0.5, 0.25, 0.8), d.value());
  }

  @Test
  void regressionSimulationFormsAgreeAndMismatchedDataIsRejected() {
    double[] xs = {0.0, 1.0, 2.0};
    var a = Sampler.draw(LinearRegression.simulate(xs), Rng.seeded(SEED));
    var b = Sampler.draw(LinearRegression.simulateDirect(xs), Rng.seeded(SEED));
    assertEquals(a.line(), b.line());
    assertEquals(List.of(a.ys()[0], a.ys()[1], a.ys()[2]), List.of(b.ys()[0], b.ys()[1], b.ys()[2]));
    var e = assertThrows(IllegalArgumentException.class,
        () -> LinearRegression.model(xs, new double[] {1.0}));
    assertTrue(e.getMessage().contains("3 vs 1"), e.getMessage());
  }

  @Test
  void regressionPosteriorMeansMatchQuadrature() {
    int n = 200;
    Posterior<LinearRegression.Line> p =
        LinearRegression.infer(LinearRegression.XS, LinearRegression.YS, n, SEED);
    double[] exact = RegressionQuadrature.posteriorMeans(LinearRegression.XS, LinearRegression.YS);
    String[] leaves = {"slope", "intercept", "sigma"};
    for (int k = 0; k < 3; k++) {
      var s = p.summary().get(leaves[k]);
      double z = (s.mean() - exact[k]) / (s.sd() / Math.sqrt(n));
      assertTrue(Math.abs(z) <= 4.5, "seed " + SEED + " N " + n + " " + leaves[k]
          + " mean " + s.mean() + " quadrature " + exact[k] + " z " + z);
    }
  }

  @Test
  void everyMainPrintsASummary() {
    assertTrue(run(Coin::main).contains("p "));
    assertTrue(run(Burglary::main).contains("burglary: 0=0.7158 1=0.2842"));
  }

  private static String run(java.util.function.Consumer<String[]> main) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
