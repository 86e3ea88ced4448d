package org.ppl4j.runner.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/** Small posteriors of each shape a display must handle, built from seeded draws. */
final class Posteriors {
  private Posteriors() {}

  /** SMC-like: weighted real draws, a log evidence and an ESS history. */
  static Posterior<Value> weighted(int n) {
    Rng rng = Rng.seeded(3);
    List<Value> values = new ArrayList<>();
    double[] logWeights = new double[n];
    for (int i = 0; i < n; i++) {
      values.add(new RealValue(0.4 + 0.1 * rng.nextGaussian()));
      logWeights[i] = -0.5 * rng.nextDouble();
    }
    return new Posterior<>("smc", new Empirical<>(values, logWeights, OptionalDouble.of(-7.25)),
        List.of(), Diagnostics.none().withEssHistory(List.of(500.0, 410.0, 380.0, 500.0)), "p");
  }

  /** MCMC-like: two chains of records {mu, tau}. */
  static Posterior<Value> chains(int length) {
    Rng rng = Rng.seeded(5);
    List<List<Value>> chains = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      List<Value> chain = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        chain.add(new RecordValue(Map.of("mu", new RealValue(rng.nextGaussian()),
            "tau", new RealValue(1 + rng.nextDouble()))));
      }
      chains.add(chain);
    }
    return Posterior.fromChains("mh", chains, Diagnostics.none().withAcceptanceRate(0.25));
  }

  /** Exact: a Bool with P(true) = 0.3. */
  static Posterior<Value> exactBool() {
    return Posterior.exact("enumerate", new Empirical<Value>(
        List.<Value>of(new BoolValue(true), new BoolValue(false)),
        new double[] {Math.log(0.3), Math.log(0.7)}, OptionalDouble.of(Math.log(0.5))))
        .named("rain");
  }
}
