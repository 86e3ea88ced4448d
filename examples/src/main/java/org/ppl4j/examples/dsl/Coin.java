package org.ppl4j.examples.dsl;

import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.beta;
import static org.ppl4j.semantics.dsl.Dsl.forEach;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.sample;

import java.util.List;
import org.ppl4j.runner.output.SummaryText;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * The beta-bernoulli coin of LANGUAGE.md §1 in the Java DSL: a uniform prior on the coin's
 * bias {@code p}, one observation per flip. The exact posterior is Beta(1 + heads, 1 + tails).
 */
public final class Coin {
  /** Ten flips, seven heads. */
  public static final List<Boolean> FLIPS =
      List.of(true, true, false, true, true, false, true, true, false, true);

  private Coin() {}

  /** The model: {@code p ~ beta(1, 1)}, each flip observed from {@code bernoulli(p)}. */
  public static Model<Double> model(List<Boolean> flips) {
    return sample(beta(1, 1)).flatMap(p ->
        forEach(flips, f -> observe(bernoulli(p), f))
            .then(pure(p)));
  }

  /**
   * Exact posterior draws by rejection sampling, bounded by the likelihood at its maximum
   * {@code p = heads / n}.
   *
   * @param flips the observed flips, {@code true} for heads; at least one of each side
   * @param samples the number of draws, &gt; 0
   * @param seed the seed of the draws
   */
  public static Posterior<Double> infer(List<Boolean> flips, int samples, long seed) {
    long heads = flips.stream().filter(f -> f).count();
    double pHat = (double) heads / flips.size();
    double logBound = heads * Math.log(pHat) + (flips.size() - heads) * Math.log1p(-pHat);
    RejectionConfig config = RejectionConfig.defaults().withSamples(samples).withLogBound(logBound);
    return Rejection.run(model(flips), config, Rng.seeded(seed)).named("p");
  }

  /** Prints the posterior summary of the coin's bias given {@link #FLIPS}. */
  public static void main(String[] args) {
    System.out.print(SummaryText.format(infer(FLIPS, 4000, 1)));
  }
}
