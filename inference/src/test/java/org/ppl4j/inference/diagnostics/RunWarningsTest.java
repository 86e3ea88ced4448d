package org.ppl4j.inference.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.diagnostics.Warning.Check;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.HamiltonianChecks;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * Each check of {@link RunWarnings} fires on a run built to trip it and stays silent on a good
 * run. The good run is 4 chains × 1,000 independent standard normal draws (seed 1): its split
 * R-hat is 1 ± O(1/√4000) and its bulk and tail ESS are near 4,000, far from the thresholds
 * (1.01 and 400), so the "absent" assertions cannot fail by chance.
 */
class RunWarningsTest {

  private static Set<Check> checks(Posterior<?> posterior) {
    return RunWarnings.of(posterior, posterior.summary()).stream().map(Warning::check)
        .collect(Collectors.toSet());
  }

  private static List<List<Double>> normalChains(int chains, int n, long seed, double shift) {
    Rng rng = Rng.seeded(seed);
    List<List<Double>> out = new ArrayList<>();
    for (int c = 0; c < chains; c++) {
      List<Double> chain = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        chain.add(rng.nextGaussian() + c * shift);
      }
      out.add(chain);
    }
    return out;
  }

  private static Posterior<Double> good(Diagnostics d) {
    return Posterior.fromChains("test", normalChains(4, 1000, 1, 0), d);
  }

  @Test
  void aGoodRunHasNoWarning() {
    HamiltonianChecks fine = new HamiltonianChecks(4000, 0, 10, List.of(1.0, 0.9, 1.1, 0.8));
    Posterior<Double> nuts = good(Diagnostics.none().withAcceptanceRate(0.8).withDivergences(0)
        .withHamiltonian(fine).withAdaptiveWarmup(1000));
    assertEquals(List.of(), RunWarnings.of(nuts, nuts.summary()));
    assertEquals(Set.of(), checks(good(Diagnostics.none().withAcceptanceRate(0.3))));
  }

  @Test
  void chainsThatDisagreeWarnOfRhat() {
    Posterior<Double> apart = Posterior.fromChains("test", normalChains(4, 1000, 1, 0.5),
        Diagnostics.none());
    assertTrue(checks(apart).contains(Check.RHAT), "chains 0.5 sd apart");
    Warning w = RunWarnings.of(apart, apart.summary()).get(0);
    assertTrue(w.message().startsWith("split R-hat is above 1.01 for 'value' ("), w.message());
    assertTrue(w.message().contains("--warmup"), w.message());
  }

  @Test
  void correlatedChainsWarnOfLowEss() {
    // AR(1) with coefficient 0.99: integrated autocorrelation time ≈ 199, so 4 × 1,000 draws
    // carry an ESS near 20, far below 400
    Rng rng = Rng.seeded(2);
    List<List<Double>> chains = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      List<Double> chain = new ArrayList<>();
      double x = rng.nextGaussian();
      for (int i = 0; i < 1000; i++) {
        x = 0.99 * x + Math.sqrt(1 - 0.99 * 0.99) * rng.nextGaussian();
        chain.add(x);
      }
      chains.add(chain);
    }
    Posterior<Double> sticky = Posterior.fromChains("test", chains, Diagnostics.none());
    assertTrue(checks(sticky).contains(Check.ESS));
    assertTrue(sticky.summary().get("value").tailEss().getAsDouble() < 400);
    String message = RunWarnings.of(sticky, sticky.summary()).stream()
        .filter(w -> w.check() == Check.ESS).findFirst().orElseThrow().message();
    assertTrue(message.startsWith("bulk or tail ESS is below 100 per chain (400 in all) for"
        + " 'value' (bulk "), message);
  }

  @Test
  void fewIndependentDrawsWarnOfLowEss() {
    Posterior<Double> few = Posterior.of("test",
        Empirical.unweighted(normalChains(1, 50, 3, 0).get(0)));
    assertEquals(Set.of(Check.ESS), checks(few));
    assertEquals("ESS is below 100 for 'value' (50): the mean and the 5%/95% quantiles are"
        + " unreliable; draw more (--samples, --particles) or use a method that mixes better",
        RunWarnings.of(few, few.summary()).get(0).message());
    Posterior<Double> many = Posterior.of("test",
        Empirical.unweighted(normalChains(1, 500, 3, 0).get(0)));
    assertEquals(Set.of(), checks(many));
  }

  @Test
  void divergencesWarnAndSuggestAdaptDelta() {
    List<Warning> ws = RunWarnings.of(good(Diagnostics.none().withDivergences(7)),
        good(Diagnostics.none()).summary());
    assertEquals(1, ws.size());
    assertEquals(Check.DIVERGENCES, ws.get(0).check());
    assertTrue(ws.get(0).message().contains("--adapt-delta"), ws.get(0).message());
  }

  @Test
  void saturatedTreeDepthWarnsAndSuggestsMaxTreedepth() {
    HamiltonianChecks deep = new HamiltonianChecks(4000, 37, 10, List.of(1.0, 1.0, 1.0, 1.0));
    List<Warning> ws = RunWarnings.of(good(Diagnostics.none().withHamiltonian(deep)),
        good(Diagnostics.none()).summary());
    assertEquals(List.of(Check.TREEDEPTH), ws.stream().map(Warning::check).toList());
    assertTrue(ws.get(0).message().startsWith("37 of 4000 transitions stopped at the maximum"
        + " tree depth 10"), ws.get(0).message());
    assertTrue(ws.get(0).message().contains("--max-treedepth 12"), ws.get(0).message());
  }

  @Test
  void lowEbfmiWarnsNamingTheChain() {
    HamiltonianChecks low = new HamiltonianChecks(4000, 0, 10, List.of(1.0, 0.21, 1.0, 0.5));
    List<Warning> ws = RunWarnings.of(good(Diagnostics.none().withHamiltonian(low)),
        good(Diagnostics.none()).summary());
    assertEquals(List.of(Check.EBFMI), ws.stream().map(Warning::check).toList());
    assertTrue(ws.get(0).message().contains("chain 2 (0.210)"), ws.get(0).message());
  }

  @Test
  void ebfmiOfARandomWalkIsLowAndOfIndependentEnergiesNear2() {
    // independent energies: E[(E_n − E_{n−1})²] = 2 Var E, so E-BFMI ≈ 2; a random walk's
    // successive differences are small against its spread, so E-BFMI ≪ 0.3
    Rng rng = Rng.seeded(4);
    double[] independent = new double[4000];
    double[] walk = new double[4000];
    double x = 0;
    for (int i = 0; i < walk.length; i++) {
      independent[i] = rng.nextGaussian();
      x += rng.nextGaussian();
      walk[i] = x;
    }
    assertEquals(2.0, HamiltonianChecks.ebfmi(independent), 0.2);
    assertTrue(HamiltonianChecks.ebfmi(walk) < 0.3);
  }

  @Test
  void shortWarmupOfAnAdaptiveSamplerWarns() {
    assertEquals(Set.of(Check.WARMUP), checks(good(Diagnostics.none().withAdaptiveWarmup(0))));
    assertEquals(Set.of(Check.WARMUP), checks(good(Diagnostics.none().withAdaptiveWarmup(99))));
    assertEquals(Set.of(), checks(good(Diagnostics.none().withAdaptiveWarmup(100))));
  }

  @Test
  void aCollapsedPopulationWarnsAndSuggestsTempered() {
    // 1,000 particles holding 5 distinct reals (equal weights): ESS by distinct draws is 5
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      values.add((double) (i % 5));
    }
    Posterior<Double> collapsed = Posterior.of("smc", Empirical.unweighted(values))
        .withDiagnostics(Diagnostics.none().withEssHistory(List.of(900.0, 700.0))
            .withDistinctParticles(5));
    List<Warning> ws = RunWarnings.of(collapsed, collapsed.summary());
    assertTrue(ws.stream().anyMatch(w -> w.check() == Check.PARTICLES
        && w.message().startsWith("the final population holds 5 distinct results among 1000")
        && w.message().contains("--method tempered")), ws.toString());
  }

  @Test
  void aCollapsedEssHistoryWarns() {
    Posterior<Double> healthy = Posterior.of("smc",
        Empirical.unweighted(normalChains(1, 1000, 5, 0).get(0)));
    Posterior<Double> collapsed = healthy.withDiagnostics(Diagnostics.none()
        .withEssHistory(List.of(800.0, 3.2, 600.0)).withDistinctParticles(1000));
    List<Warning> ws = RunWarnings.of(collapsed, collapsed.summary());
    assertEquals(List.of(Check.PARTICLES), ws.stream().map(Warning::check).toList());
    assertTrue(ws.get(0).message().contains("fell to 3.2 of 1000 at step 2"), ws.toString());
    Posterior<Double> fine = healthy.withDiagnostics(Diagnostics.none()
        .withEssHistory(List.of(800.0, 300.0, 600.0)).withDistinctParticles(1000));
    assertEquals(Set.of(), checks(fine));
  }

  @Test
  void aDiscreteResultWithFewValuesIsNoCollapse() {
    List<Boolean> values = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      values.add(i % 3 == 0);
    }
    Posterior<Boolean> coin = Posterior.of("smc", Empirical.unweighted(values))
        .withDiagnostics(Diagnostics.none().withEssHistory(List.of(1000.0))
            .withDistinctParticles(2));
    assertEquals(Set.of(), checks(coin));
  }

  @Test
  void extremeMhAcceptanceWarns() {
    assertEquals(Set.of(Check.ACCEPTANCE), checks(good(Diagnostics.none()
        .withAcceptanceRate(0.004))));
    assertEquals(Set.of(Check.ACCEPTANCE), checks(good(Diagnostics.none()
        .withAcceptanceRate(0.97))));
    // not for rejection sampling (no chains) nor for NUTS (accept_stat is another quantity)
    Posterior<Double> rejection = Posterior.of("rejection",
        Empirical.unweighted(normalChains(1, 1000, 6, 0).get(0)))
        .withDiagnostics(Diagnostics.none().withAcceptanceRate(0.001));
    assertEquals(Set.of(), checks(rejection));
    HamiltonianChecks fine = new HamiltonianChecks(4000, 0, 10, List.of(1.0, 1.0, 1.0, 1.0));
    assertEquals(Set.of(), checks(good(Diagnostics.none().withAcceptanceRate(0.99)
        .withHamiltonian(fine))));
  }

  @Test
  void anExactResultHasNoWarning() {
    Posterior<Double> exact = Posterior.exact("enumerate",
        new Empirical<>(List.of(0.0, 1.0), new double[] {Math.log(0.5), Math.log(0.5)},
            OptionalDouble.empty()));
    assertEquals(List.of(), RunWarnings.of(exact, exact.summary()));
  }

  @Test
  void drawsAtTheEdgeOfTheDoublesWarnOfOverflow() {
    // fuzz finding: student_t(1e-6, 0, 0.5) drew +-1.8e308 and the table showed sd "inf"
    List<Double> edge = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      edge.add(i % 2 == 0 ? Double.MAX_VALUE : -Double.MAX_VALUE);
    }
    Posterior<Double> wild = Posterior.of("test",
        org.ppl4j.semantics.posterior.Empirical.unweighted(edge));
    assertTrue(checks(wild).contains(Check.OVERFLOW), checks(wild).toString());
    assertTrue(!checks(good(Diagnostics.none())).contains(Check.OVERFLOW));
  }
}
