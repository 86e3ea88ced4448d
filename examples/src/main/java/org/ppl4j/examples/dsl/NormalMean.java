package org.ppl4j.examples.dsl;

import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dsl.Dsl.forEach;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.sample;

import java.util.Arrays;
import org.ppl4j.runner.output.SummaryText;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * The mean of normal data with known standard deviation, under a normal prior: the exact
 * posterior is normal with precision {@code 1/priorSd² + n/sigma²}.
 */
public final class NormalMean {
  /** Prior mean and standard deviation of {@code mu}. */
  public static final double PRIOR_MEAN = 0.0;
  /** Prior standard deviation of {@code mu}. */
  public static final double PRIOR_SD = 10.0;
  /** The known standard deviation of each observation. */
  public static final double SIGMA = 1.0;
  /** Five observations. */
  public static final double[] YS = {2.1, 1.3, 2.9, 1.8, 2.4};

  private NormalMean() {}

  /** The model: {@code mu ~ normal(0, 10)}, each y observed from {@code normal(mu, 1)}. */
  public static Model<Double> model(double[] ys) {
    return sample(normal(PRIOR_MEAN, PRIOR_SD)).flatMap(mu ->
        forEach(ys, y -> observe(normal(mu, SIGMA), y))
            .then(pure(mu)));
  }

  /**
   * Exact draws by rejection sampling, bounded by the likelihood at {@code mu = mean(ys)}.
   *
   * @param ys the observations, at least one, finite
   * @param samples the number of draws, &gt; 0
   * @param seed the seed of the draws
   */
  public static Posterior<Double> infer(double[] ys, int samples, long seed) {
    double yBar = Arrays.stream(ys).average().orElseThrow();
    double logBound = Arrays.stream(ys).map(y -> normal(yBar, SIGMA).logDensity(y)).sum();
    RejectionConfig config = RejectionConfig.defaults().withSamples(samples).withLogBound(logBound);
    return Rejection.run(model(ys), config, Rng.seeded(seed)).named("mu");
  }

  /** The exact posterior mean and standard deviation of {@code mu}: {@code [mean, sd]}. */
  public static double[] exactPosterior(double[] ys) {
    double precision = 1 / (PRIOR_SD * PRIOR_SD) + ys.length / (SIGMA * SIGMA);
    double mean = (PRIOR_MEAN / (PRIOR_SD * PRIOR_SD) + Arrays.stream(ys).sum() / (SIGMA * SIGMA))
        / precision;
    return new double[] {mean, Math.sqrt(1 / precision)};
  }

  /** Prints the posterior summary of {@code mu} given {@link #YS}, and the exact answer. */
  public static void main(String[] args) {
    System.out.print(SummaryText.format(infer(YS, 4000, 1)));
    double[] exact = exactPosterior(YS);
    System.out.printf(java.util.Locale.ROOT, "exact: mean %.4f sd %.4f%n", exact[0], exact[1]);
  }
}
