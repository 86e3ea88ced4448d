package org.ppl4j.proofs.inference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.math3.special.Beta;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/**
 * Minimal distributions for the inference tests, independent of the {@code dist} module so the
 * inference validation does not depend on it: densities in closed form (Commons Math for the
 * beta function), sampling from the given {@link Rng} only. Test-only.
 */
final class TestDists {
  private TestDists() {}

  /** Normal with mean {@code mu} and standard deviation {@code sigma} &gt; 0. */
  record Normal(double mu, double sigma) implements Distribution<Double> {
    @Override
    public Double sample(Rng rng) {
      return mu + sigma * rng.nextGaussian();
    }

    @Override
    public double logDensity(Double x) {
      double z = (x - mu) / sigma;
      return -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
    }

    @Override
    public Support support() {
      return new Support.RealLine();
    }

    @Override
    public boolean inSupport(Double x) {
      return Double.isFinite(x);
    }

    @Override
    public String name() {
      return "normal";
    }
  }

  /** Bernoulli with success probability {@code p} in [0, 1]. */
  record Bernoulli(double p) implements Distribution<Boolean> {
    @Override
    public Boolean sample(Rng rng) {
      return rng.nextDouble() < p;
    }

    @Override
    public double logDensity(Boolean x) {
      return Math.log(x ? p : 1 - p);
    }

    @Override
    public Support support() {
      return new Support.Booleans();
    }

    @Override
    public boolean inSupport(Boolean x) {
      return true;
    }

    @Override
    public String name() {
      return "bernoulli";
    }
  }

  /**
   * Beta with integer shapes {@code a, b >= 1}, drawn as the {@code a}-th smallest of
   * {@code a + b - 1} uniforms (an order statistic).
   */
  record BetaInt(int a, int b) implements Distribution<Double> {
    @Override
    public Double sample(Rng rng) {
      double[] u = new double[a + b - 1];
      for (int i = 0; i < u.length; i++) {
        u[i] = rng.nextDouble();
      }
      Arrays.sort(u);
      return u[a - 1];
    }

    @Override
    public double logDensity(Double x) {
      if (!(x > 0 && x < 1)) {
        return Double.NEGATIVE_INFINITY;
      }
      return (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - Beta.logBeta(a, b);
    }

    @Override
    public Support support() {
      return new Support.Interval(0, 1);
    }

    @Override
    public boolean inSupport(Double x) {
      return x > 0 && x < 1;
    }

    @Override
    public String name() {
      return "beta";
    }
  }

  /** Categorical over {@code 0..p.length-1} with normalised probabilities {@code p}. */
  record Categorical(double[] p) implements Distribution<Integer> {
    @Override
    public Integer sample(Rng rng) {
      double u = rng.nextDouble();
      for (int i = 0; i < p.length - 1; i++) {
        u -= p[i];
        if (u < 0) {
          return i;
        }
      }
      return p.length - 1;
    }

    @Override
    public double logDensity(Integer x) {
      return x >= 0 && x < p.length ? Math.log(p[x]) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public Support support() {
      return new Support.Integers(0, p.length - 1);
    }

    @Override
    public boolean inSupport(Integer x) {
      return x >= 0 && x < p.length;
    }

    @Override
    public String name() {
      return "categorical";
    }

    @Override
    public Optional<List<Integer>> finiteSupport() {
      return Optional.of(IntStream.range(0, p.length).boxed().toList());
    }
  }
}
