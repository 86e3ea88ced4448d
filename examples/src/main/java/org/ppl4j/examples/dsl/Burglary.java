package org.ppl4j.examples.dsl;

import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.sample;

import org.ppl4j.runner.output.SummaryText;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * Pearl's burglary network (Russell and Norvig, AIMA 3rd ed., fig. 14.2): a burglary or an
 * earthquake may set off the alarm; John and Mary each may call when it rings. Given that both
 * called, the exact posterior probability of a burglary is about 0.284.
 */
public final class Burglary {
  private Burglary() {}

  /** The hidden state of the network. */
  public record State(boolean burglary, boolean earthquake, boolean alarm) {}

  /** The network conditioned on whether John and Mary called. */
  public static Model<State> model(boolean johnCalls, boolean maryCalls) {
    return sample(bernoulli(0.001)).flatMap(burglary ->
        sample(bernoulli(0.002)).flatMap(earthquake ->
            sample(bernoulli(alarmProbability(burglary, earthquake))).flatMap(alarm ->
                observe(bernoulli(alarm ? 0.90 : 0.05), johnCalls)
                    .then(observe(bernoulli(alarm ? 0.70 : 0.01), maryCalls))
                    .then(pure(new State(burglary, earthquake, alarm))))));
  }

  /** P(alarm | burglary, earthquake). */
  static double alarmProbability(boolean burglary, boolean earthquake) {
    if (burglary) {
      return earthquake ? 0.95 : 0.94;
    }
    return earthquake ? 0.29 : 0.001;
  }

  /** The exact posterior given that John and Mary both called. */
  public static Posterior<State> infer() {
    return Enumerator.run(model(true, true), EnumeratorConfig.defaults());
  }

  /** Prints the exact posterior of the network's state given that both called. */
  public static void main(String[] args) {
    System.out.print(SummaryText.format(infer()));
  }
}
