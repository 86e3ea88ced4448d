package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Family;

/**
 * Derivatives of LANGUAGE.md §9.2's forms against central differences of their plain values
 * (step 1e-6 relative; agreement to 1e-6 relative): the vectorised densities (one tape node),
 * {@code lcdf}/{@code lccdf}/{@code cdf}, {@code quantile}, and the truncated density.
 */
class V1DistributionGradientTest {

  /** {@code f} of numbers, given as values: Reals, or AdRealValues on a tape. */
  private static void check(String what, double[] at, Function<Value[], Value> f) {
    Tape tape = new Tape();
    AdReal[] vars = tape.variables(at);
    Value[] ad = new Value[at.length];
    for (int i = 0; i < at.length; i++) {
      ad[i] = new AdRealValue(vars[i]);
    }
    int before = tape.size();
    Value out = f.apply(ad);
    AdReal y = AdArith.number(out, what);
    tape.backward(y);
    double plain = Arith.toDouble(f.apply(reals(at)));
    assertEquals(plain, y.value(), 1e-12 * Math.max(1, Math.abs(plain)), what + " value");
    for (int i = 0; i < at.length; i++) {
      double h = 1e-6 * Math.max(1, Math.abs(at[i]));
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += h;
      down[i] -= h;
      double fd = (Arith.toDouble(f.apply(reals(up))) - Arith.toDouble(f.apply(reals(down))))
          / (2 * h);
      assertEquals(fd, tape.adjoint(vars[i]), 1e-6 * Math.max(1, Math.abs(fd)),
          what + ": d/d arg " + i + " (tape grew by " + (tape.size() - before) + ")");
    }
  }

  private static Value[] reals(double[] xs) {
    Value[] out = new Value[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = new RealValue(xs[i]);
    }
    return out;
  }

  private static ArrayValue array(Value... xs) {
    return new ArrayValue(List.of(xs));
  }

  private static ArrayValue numbers(double... xs) {
    List<Value> out = new ArrayList<>();
    for (double x : xs) {
      out.add(new RealValue(x));
    }
    return new ArrayValue(out);
  }

  private static ValueDistribution dist(Family f, Value... args) {
    return ValueDistribution.of(f, List.of(args));
  }

  @Test
  void vectorisedNormalIsOneNodeWithSummedPartials() {
    // ys ~ normal([mu0, mu1, mu2], sigma) at ys = [0.3, -1.2, 2.0]
    check("vectorised normal", new double[] {0.1, -0.5, 1.5, 0.8}, a -> dist(Family.NORMAL,
        array(a[0], a[1], a[2]), a[3]).logDensityValue(numbers(0.3, -1.2, 2.0)));
    // an array of draws carrying derivatives under a scalar normal (x broadcast)
    check("normal over an array x", new double[] {0.4, -0.7, 1.3}, a -> dist(Family.NORMAL,
        new RealValue(0.2), new RealValue(1.5)).logDensityValue(array(a[0], a[1], a[2])));
    Tape tape = new Tape();
    AdReal[] v = tape.variables(new double[] {0.1, 0.2, 0.3});
    int before = tape.size();
    dist(Family.NORMAL, array(new AdRealValue(v[0]), new AdRealValue(v[1])),
        new AdRealValue(v[2])).logDensityValue(numbers(1, 2));
    assertEquals(1, tape.size() - before, "one tape node for the whole vectorised density");
  }

  @Test
  void vectorisedPoissonAndBernoulliLogit() {
    // log-linear Poisson: ks ~ poisson(exp(a + b x_i))
    double[] xs = {-1, 0, 1.5};
    check("poisson regression", new double[] {0.3, 0.7}, a -> {
      List<Value> rates = new ArrayList<>();
      for (double x : xs) {
        rates.add(ValueMath.exp(Arith.add(a[0], Arith.mul(a[1], new RealValue(x)))));
      }
      return dist(Family.POISSON, new ArrayValue(rates)).logDensityValue(
          array(new IntValue(1), new IntValue(0), new IntValue(4)));
    });
    check("bernoulli logit", new double[] {-0.2, 1.1}, a -> {
      List<Value> ps = new ArrayList<>();
      for (double x : xs) {
        ps.add(ValueMath.logistic(Arith.add(a[0], Arith.mul(a[1], new RealValue(x)))));
      }
      return dist(Family.BERNOULLI, new ArrayValue(ps)).logDensityValue(
          array(BoolValue.TRUE, BoolValue.FALSE, BoolValue.TRUE));
    });
  }

  @Test
  void cumulativeFunctions() {
    check("lccdf normal far tail", new double[] {40, 0.5, 1.2}, a -> CumulativeValues.apply(
        CumulativeValues.Function.LCCDF, dist(Family.NORMAL, a[1], a[2]), a[0]));
    check("lcdf normal", new double[] {-1.3, 0.5, 1.2}, a -> CumulativeValues.apply(
        CumulativeValues.Function.LCDF, dist(Family.NORMAL, a[1], a[2]), a[0]));
    check("cdf gamma (differences in the shape)", new double[] {1.7, 2.5, 1.3},
        a -> CumulativeValues.apply(CumulativeValues.Function.CDF,
            dist(Family.GAMMA, a[1], a[2]), a[0]));
    check("lccdf poisson in the rate", new double[] {2.5},
        a -> CumulativeValues.apply(CumulativeValues.Function.LCCDF,
            dist(Family.POISSON, a[0]), new IntValue(4)));
    check("quantile normal", new double[] {0.3, 1.0, 2.0}, a -> CumulativeValues.quantile(
        dist(Family.NORMAL, a[1], a[2]), a[0]));
  }

  @Test
  void truncatedNormalDensity() {
    // x ~ truncated(normal(mu, sigma), lo, inf) and truncated(normal(mu, sigma), lo, hi)
    check("truncated normal, one side", new double[] {1.2, 0.3, 0.9, 0.5}, a ->
        TruncatedDistribution.of(dist(Family.NORMAL, a[1], a[2]), a[3],
            new RealValue(Double.POSITIVE_INFINITY)).logDensityValue(a[0]));
    check("truncated normal, two sides", new double[] {1.2, 0.3, 0.9, -0.5, 2.0}, a ->
        TruncatedDistribution.of(dist(Family.NORMAL, a[1], a[2]), a[3], a[4])
            .logDensityValue(a[0]));
    check("truncated normal, far upper tail", new double[] {40.5, 0.0, 1.0}, a ->
        TruncatedDistribution.of(dist(Family.NORMAL, a[1], a[2]), new RealValue(40),
            new RealValue(Double.POSITIVE_INFINITY)).logDensityValue(a[0]));
  }
}
