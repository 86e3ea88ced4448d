package org.ppl4j.semantics.dsl;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/** Tiny distributions for the representation tests (the real ones live in the dist package). */
final class TestDistributions {
  private TestDistributions() {}

  /** Bernoulli(p) over Booleans, finite support. */
  static Distribution<Boolean> flip(double p) {
    return new Distribution<>() {
      public Boolean sample(Rng rng) {
        return rng.nextDouble() < p;
      }

      public double logDensity(Boolean x) {
        return Math.log(x ? p : 1 - p);
      }

      public Support support() {
        return new Support.Booleans();
      }

      public boolean inSupport(Boolean x) {
        return true;
      }

      public String name() {
        return "flip";
      }

      public Optional<List<Boolean>> finiteSupport() {
        return Optional.of(List.of(true, false));
      }
    };
  }

  /** Uniform on {0, ..., n-1}. */
  static Distribution<Integer> uniformInt(int n) {
    return new Distribution<>() {
      public Integer sample(Rng rng) {
        return rng.nextInt(n);
      }

      public double logDensity(Integer x) {
        return x >= 0 && x < n ? -Math.log(n) : Double.NEGATIVE_INFINITY;
      }

      public Support support() {
        return new Support.Integers(0, n - 1);
      }

      public boolean inSupport(Integer x) {
        return x >= 0 && x < n;
      }

      public String name() {
        return "uniform_int";
      }

      public Optional<List<Integer>> finiteSupport() {
        return Optional.of(IntStream.range(0, n).boxed().toList());
      }
    };
  }

  /** Normal(mu, sigma), continuous. */
  static Distribution<Double> gaussian(double mu, double sigma) {
    return new Distribution<>() {
      public Double sample(Rng rng) {
        return mu + sigma * rng.nextGaussian();
      }

      public double logDensity(Double x) {
        double z = (x - mu) / sigma;
        return -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
      }

      public Support support() {
        return new Support.RealLine();
      }

      public boolean inSupport(Double x) {
        return true;
      }

      public String name() {
        return "normal";
      }
    };
  }
}
