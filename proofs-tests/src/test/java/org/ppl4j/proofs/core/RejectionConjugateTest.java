package org.ppl4j.proofs.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.beta;
import static org.ppl4j.semantics.dist.Distributions.gamma;
import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dist.Distributions.poisson;
import static org.ppl4j.semantics.dsl.Dsl.forEach;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.observeAll;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.sample;

import java.util.List;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * Rejection sampling against the closed-form posteriors and evidences of three conjugate pairs.
 * The draws are exact and independent, so: (1) a Kolmogorov-Smirnov test of the draws against
 * the exact posterior (Commons Math) must not reject at p &lt; 1e-4; (2) the evidence estimate
 * {@code Ẑ = e^B (k−1)/(n−1)} is unbiased with relative standard deviation about
 * {@code sqrt((1 − a)/k)} (a the acceptance rate, k the accepted draws), and must lie within 4.5
 * of those of the exact evidence. Bounds B are the log likelihoods at the maximum-likelihood
 * parameter. Seed and N are printed on failure.
 */
class RejectionConjugateTest {
  private static final long SEED = 1234;
  private static final int N = 2000;

  private static void check(String name, Posterior<Double> posterior,
      AbstractRealDistribution exact, double exactLogEvidence) {
    double[] draws = posterior.draws().values().stream().mapToDouble(Double::doubleValue).toArray();
    double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(exact, draws);
    assertTrue(pValue > 1e-4,
        name + ": seed " + SEED + " N " + N + " KS p-value " + pValue);
    double rate = posterior.diagnostics().acceptanceRate().getAsDouble();
    double ratio = Math.exp(posterior.logEvidence().getAsDouble() - exactLogEvidence);
    double z = (ratio - 1) / Math.sqrt((1 - rate) / N);
    assertTrue(Math.abs(z) <= 4.5, name + ": seed " + SEED + " N " + N
        + " evidence ratio " + ratio + " z " + z);
  }

  private static RejectionConfig bounded(double logBound) {
    return RejectionConfig.defaults().withSamples(N).withLogBound(logBound);
  }

  @Test
  void betaBernoulli() {
    List<Boolean> flips = List.of(true, false, true, true, false, true, true, true, false, true,
        true, false);
    int heads = 8;
    int tails = 4;
    double a = 2;
    double b = 3;
    Model<Double> m = sample(beta(a, b)).flatMap(p ->
        forEach(flips, f -> observe(bernoulli(p), f)).then(pure(p)));
    double pHat = (double) heads / (heads + tails);
    double logBound = heads * Math.log(pHat) + tails * Math.log(1 - pHat);
    check("beta-bernoulli", Rejection.run(m, bounded(logBound), Rng.seeded(SEED)),
        new BetaDistribution(null, a + heads, b + tails),
        Beta.logBeta(a + heads, b + tails) - Beta.logBeta(a, b));
  }

  @Test
  void normalNormal() {
    double[] ys = {0.8, 1.9, 1.2, 0.4, 1.5, 2.2};
    double mu0 = 0;
    double tau0 = 2;
    double sigma = 0.7;
    Model<Double> m = sample(normal(mu0, tau0)).flatMap(mu ->
        forEach(ys, y -> observe(normal(mu, sigma), y)).then(pure(mu)));
    double yBar = java.util.Arrays.stream(ys).average().orElseThrow();
    double logBound = java.util.Arrays.stream(ys).map(y -> normal(yBar, sigma).logDensity(y)).sum();
    double precision = 1 / (tau0 * tau0) + ys.length / (sigma * sigma);
    double mean = (mu0 / (tau0 * tau0) + java.util.Arrays.stream(ys).sum() / (sigma * sigma))
        / precision;
    // evidence by the chain rule of predictive densities: y_i | y_<i ~ normal(m_i, sqrt(v_i + s^2))
    double logEvidence = 0;
    double m0 = mu0;
    double v = tau0 * tau0;
    for (double y : ys) {
      logEvidence += new NormalDistribution(m0, Math.sqrt(v + sigma * sigma)).logDensity(y);
      double post = 1 / (1 / v + 1 / (sigma * sigma));
      m0 = post * (m0 / v + y / (sigma * sigma));
      v = post;
    }
    check("normal-normal", Rejection.run(m, bounded(logBound), Rng.seeded(SEED)),
        new NormalDistribution(null, mean, Math.sqrt(1 / precision)), logEvidence);
  }

  @Test
  void gammaPoisson() {
    List<Integer> counts = List.of(3, 5, 2, 4, 6, 3, 1);
    double shape = 2;
    double rate = 0.5;
    Model<Double> m = sample(gamma(shape, rate)).flatMap(lambda ->
        observeAll(poisson(lambda), counts).then(pure(lambda)));
    int sum = counts.stream().mapToInt(Integer::intValue).sum();
    int n = counts.size();
    double lambdaHat = (double) sum / n;
    double logBound = counts.stream().mapToDouble(k -> poisson(lambdaHat).logDensity(k)).sum();
    double logFactorials = counts.stream().mapToDouble(k -> Gamma.logGamma(k + 1.0)).sum();
    double logEvidence = shape * Math.log(rate) - Gamma.logGamma(shape)
        + Gamma.logGamma(shape + sum) - (shape + sum) * Math.log(rate + n) - logFactorials;
    check("gamma-poisson", Rejection.run(m, bounded(logBound), Rng.seeded(SEED)),
        new GammaDistribution(null, shape + sum, 1 / (rate + n)), logEvidence);
  }
}
