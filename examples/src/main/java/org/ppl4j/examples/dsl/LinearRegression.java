package org.ppl4j.examples.dsl;

import static org.ppl4j.semantics.dist.Distributions.halfNormal;
import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dsl.Dsl.forRange;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.sample;
import static org.ppl4j.semantics.dsl.Dsl.sampleArray;

import org.ppl4j.runner.output.SummaryText;
import org.ppl4j.semantics.dsl.Direct;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * Bayesian linear regression {@code y ~ normal(intercept + slope * x, sigma)} with normal priors
 * on the coefficients and a half-normal prior on the noise, in the Java DSL: the conditioned
 * model, and the generative one ({@link #simulate}) used by the forward-sampling benchmark.
 */
public final class LinearRegression {
  /** Eight inputs. */
  public static final double[] XS = {-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0};
  /** Their outputs: near {@code 0.3 + 1.2 x}, perturbed by hand by noise of about 0.3. */
  public static final double[] YS = {-1.62, -0.71, -0.14, 0.66, 0.51, 1.33, 2.55, 2.61};

  private LinearRegression() {}

  /** A regression line with its noise level. */
  public record Line(double slope, double intercept, double sigma) {
    /** The line's mean at {@code x}. */
    public double at(double x) {
      return intercept + slope * x;
    }
  }

  /** A line drawn from the prior and outputs simulated from it. */
  public record Simulation(Line line, double[] ys) {}

  /** The prior: {@code slope, intercept ~ normal(0, 2)}, {@code sigma ~ half_normal(1)}. */
  public static Model<Line> prior() {
    return sample(normal(0, 2)).flatMap(slope ->
        sample(normal(0, 2)).flatMap(intercept ->
            sample(halfNormal(1)).map(sigma -> new Line(slope, intercept, sigma))));
  }

  /** The posterior model: the prior, each {@code ys[i]} observed at {@code xs[i]}. */
  public static Model<Line> model(double[] xs, double[] ys) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException(
          "xs and ys differ in length: " + xs.length + " vs " + ys.length);
    }
    return prior().flatMap(line ->
        forRange(xs.length, i -> observe(normal(line.at(xs[i]), line.sigma()), ys[i]))
            .then(pure(line)));
  }

  /** The generative model: a line from the prior and one simulated output per input. */
  public static Model<Simulation> simulate(double[] xs) {
    return prior().flatMap(line ->
        sampleArray(xs.length, i -> normal(line.at(xs[i]), line.sigma()))
            .map(ys -> new Simulation(line, ys)));
  }

  /**
   * The same generative model in the direct style of {@link Direct}: plain Java code, turned
   * into the same kind of {@link Model} by replay (quadratic in the number of draws).
   */
  public static Model<Simulation> simulateDirect(double[] xs) {
    return Direct.model(ctx -> {
      double slope = ctx.sample(normal(0, 2));
      double intercept = ctx.sample(normal(0, 2));
      double sigma = ctx.sample(halfNormal(1));
      Line line = new Line(slope, intercept, sigma);
      double[] ys = new double[xs.length];
      for (int i = 0; i < xs.length; i++) {
        ys[i] = ctx.sample(normal(line.at(xs[i]), sigma));
      }
      return new Simulation(line, ys);
    });
  }

  /**
   * Exact posterior draws by rejection sampling, bounded by the likelihood's maximum over
   * slope, intercept and sigma: {@code −n/2 log(2π RSS/n) − n/2} at the least-squares line.
   *
   * @param xs the inputs, at least two distinct values
   * @param ys the outputs, as many as {@code xs}
   * @param samples the number of draws, &gt; 0
   * @param seed the seed of the draws
   */
  public static Posterior<Line> infer(double[] xs, double[] ys, int samples, long seed) {
    int n = xs.length;
    double xBar = java.util.Arrays.stream(xs).average().orElseThrow();
    double yBar = java.util.Arrays.stream(ys).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (xs[i] - xBar) * (ys[i] - yBar);
      sxx += (xs[i] - xBar) * (xs[i] - xBar);
    }
    double slope = sxy / sxx;
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double r = ys[i] - (yBar + slope * (xs[i] - xBar));
      rss += r * r;
    }
    double logBound = -n / 2.0 * Math.log(2 * Math.PI * rss / n) - n / 2.0;
    RejectionConfig config = new RejectionConfig(samples, 100_000_000L,
        java.util.OptionalDouble.of(logBound));
    return Rejection.run(model(xs, ys), config, Rng.seeded(seed));
  }

  /** Prints the posterior summary of the line given {@link #XS} and {@link #YS}. */
  public static void main(String[] args) {
    System.out.print(SummaryText.format(infer(XS, YS, 1000, 1)));
  }
}
