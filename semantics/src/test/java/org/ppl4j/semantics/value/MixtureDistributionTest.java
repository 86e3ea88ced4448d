package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.random.Rng;

/**
 * {@code mixture(ws, ds)}: its density against the definition {@code Σ w_k p_k(x) / Σ w}
 * written out with the normal density formula, its stability far in the tails, its derivative
 * in weights and component parameters against central differences, its sampler against the
 * weights (seeded z-test), its finite support, and every bad construction.
 */
class MixtureDistributionTest {

  private static Value real(double x) {
    return new RealValue(x);
  }

  private static Value normal(Value mu, Value sigma) {
    return new DistributionValue(ValueDistribution.of(Family.byName("normal").orElseThrow(),
        List.of(mu, sigma)));
  }

  private static double normalPdf(double x, double mu, double sigma) {
    double z = (x - mu) / sigma;
    return Math.exp(-z * z / 2) / (sigma * Math.sqrt(2 * Math.PI));
  }

  @Test
  void densityIsTheWeightedSumOfTheComponents() {
    MixtureDistribution m = MixtureDistribution.of(List.of(real(1), real(3)),
        List.of(normal(real(0), real(1)), normal(real(2), real(0.5))));
    for (double x : new double[] {-1.3, 0.7, 2.0, 3.1}) {
      double expected = 0.25 * normalPdf(x, 0, 1) + 0.75 * normalPdf(x, 2, 0.5);
      assertEquals(Math.log(expected), m.logDensity(real(x)), 1e-12, "x = " + x);
    }
  }

  @Test
  void densityStaysFiniteFarInTheTails() {
    MixtureDistribution m = MixtureDistribution.of(List.of(real(0.5), real(0.5)),
        List.of(normal(real(0), real(1)), normal(real(3), real(1))));
    // at x = -60 both densities underflow as doubles; in logs: log(0.5) + logsumexp of the two
    double x = -60;
    double a = -x * x / 2 - 0.5 * Math.log(2 * Math.PI);
    double b = -(x - 3) * (x - 3) / 2 - 0.5 * Math.log(2 * Math.PI);
    double expected = Math.log(0.5) + b + Math.log1p(Math.exp(a - b));
    assertEquals(expected, m.logDensity(real(x)), 1e-9);
  }

  @Test
  void derivativeInWeightsAndParametersMatchesCentralDifferences() {
    double[] at = {0.3, -1.0, 0.8, 0.4};   // w, mu1, sigma2, x
    Function<double[], Double> plain = p -> MixtureDistribution.of(
        List.of(real(p[0]), real(1 - p[0])),
        List.of(normal(real(p[1]), real(1)), normal(real(2), real(p[2]))))
        .logDensity(real(p[3]));
    Tape tape = new Tape();
    AdReal[] v = tape.variables(at);
    Value w = AdArith.of(v[0]);
    Value oneMinusW = AdArith.of(AdReal.constant(1).minus(v[0]));
    Value out = MixtureDistribution.of(List.of(w, oneMinusW),
        List.of(normal(AdArith.of(v[1]), real(1)), normal(real(2), AdArith.of(v[2]))))
        .logDensityValue(AdArith.of(v[3]));
    assertEquals(plain.apply(at), ((AdRealValue) out).value(), 1e-12);
    tape.backward(((AdRealValue) out).number());
    for (int i = 0; i < at.length; i++) {
      double h = 1e-6;
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += h;
      down[i] -= h;
      double fd = (plain.apply(up) - plain.apply(down)) / (2 * h);
      assertEquals(fd, tape.adjoint(v[i]), 1e-6 * Math.max(1, Math.abs(fd)), "d/d" + i);
    }
  }

  @Test
  void samplerPicksComponentsByWeight() {
    // seed 1, N = 20000; far-apart components, so a draw > 50 came from the second (p = 0.75);
    // tolerance |z| <= 4.5 on the binomial standard error
    MixtureDistribution m = MixtureDistribution.of(List.of(real(2), real(6)),
        List.of(normal(real(0), real(1)), normal(real(100), real(1))));
    Rng rng = Rng.seeded(1);
    int n = 20_000;
    int second = 0;
    for (int i = 0; i < n; i++) {
      if (Arith.toDouble(m.sample(rng)) > 50) {
        second++;
      }
    }
    double z = (second - 0.75 * n) / Math.sqrt(n * 0.75 * 0.25);
    assertTrue(Math.abs(z) <= 4.5, "seed 1, N " + n + ", " + second + " from the second, z " + z);
  }

  @Test
  void finiteComponentsGiveTheUnionOfTheirSupports() {
    Value b1 = new DistributionValue(ValueDistribution.of(Family.byName("uniform_int")
        .orElseThrow(), List.of(new IntValue(0), new IntValue(2))));
    Value b2 = new DistributionValue(ValueDistribution.of(Family.byName("uniform_int")
        .orElseThrow(), List.of(new IntValue(1), new IntValue(4))));
    MixtureDistribution m = MixtureDistribution.of(List.of(real(1), real(1)), List.of(b1, b2));
    assertEquals(List.of(new IntValue(0), new IntValue(1), new IntValue(2), new IntValue(3)),
        m.finiteSupport().orElseThrow());
    assertEquals(Math.log(0.5 * 0.5 + 0.5 / 3), m.logDensity(new IntValue(1)), 1e-12);
    assertEquals(Math.log(0.5 / 3), m.logDensity(new IntValue(3)), 1e-12);
  }

  @Test
  void badMixturesNameTheFault() {
    Value n01 = normal(real(0), real(1));
    Value poisson = new DistributionValue(ValueDistribution.of(Family.byName("poisson")
        .orElseThrow(), List.of(real(2))));
    assertMessage("'mixture' needs one weight per component: 2 weights but 1 component",
        () -> MixtureDistribution.of(List.of(real(1), real(1)), List.of(n01)));
    assertMessage("'mixture': weight 1 must be finite and >= 0, got -0.5",
        () -> MixtureDistribution.of(List.of(real(1), real(-0.5)), List.of(n01, n01)));
    assertMessage("'mixture': the weights sum to 0",
        () -> MixtureDistribution.of(List.of(real(0), real(0)), List.of(n01, n01)));
    assertMessage("'mixture' needs components of one support: component 0 (normal) is over"
        + " Real but component 1 (poisson) is over Int",
        () -> MixtureDistribution.of(List.of(real(1), real(1)), List.of(n01, poisson)));
    assertMessage("'mixture': component 0 must be a distribution, got Real",
        () -> MixtureDistribution.of(List.of(real(1)), List.of(real(3))));
    assertMessage("'mixture' needs at least one component",
        () -> MixtureDistribution.of(List.of(), List.of()));
  }

  private static void assertMessage(String expected, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertEquals(expected, e.getMessage());
  }
}
