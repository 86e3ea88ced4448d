package org.ppl4j.proofs.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.sample;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The enumerator against posteriors computed by hand: the joint probability tables of two
 * Bayesian networks summed term by term in plain loops (no model, no monad), compared to 1e-12.
 */
class EnumeratorExactTest {
  private static final EnumeratorConfig CONFIG = EnumeratorConfig.defaults();

  // ---- burglary (AIMA 3rd ed., fig. 14.2) ------------------------------------------------------

  private static double pAlarm(boolean b, boolean e) {
    return b ? (e ? 0.95 : 0.94) : (e ? 0.29 : 0.001);
  }

  private static Model<Boolean> burglary(boolean john, boolean mary) {
    return sample(bernoulli(0.001)).flatMap(b -> sample(bernoulli(0.002)).flatMap(e ->
        sample(bernoulli(pAlarm(b, e))).flatMap(a ->
            observe(bernoulli(a ? 0.90 : 0.05), john)
                .then(observe(bernoulli(a ? 0.70 : 0.01), mary))
                .then(pure(b)))));
  }

  private static double p(boolean value, double pTrue) {
    return value ? pTrue : 1 - pTrue;
  }

  @Test
  void burglaryPosteriorAndEvidenceForEveryObservation() {
    for (boolean john : new boolean[] {true, false}) {
      for (boolean mary : new boolean[] {true, false}) {
        double joint = 0;
        double jointWithBurglary = 0;
        for (boolean b : new boolean[] {true, false}) {
          for (boolean e : new boolean[] {true, false}) {
            for (boolean a : new boolean[] {true, false}) {
              double term = p(b, 0.001) * p(e, 0.002) * p(a, pAlarm(b, e))
                  * p(john, a ? 0.90 : 0.05) * p(mary, a ? 0.70 : 0.01);
              joint += term;
              jointWithBurglary += b ? term : 0;
            }
          }
        }
        Posterior<Boolean> posterior = Enumerator.run(burglary(john, mary), CONFIG);
        assertEquals(jointWithBurglary / joint, posterior.mean("value"), 1e-12,
            "john " + john + " mary " + mary);
        assertEquals(Math.log(joint), posterior.logEvidence().getAsDouble(), 1e-12);
      }
    }
    // the textbook's figure for both calling: 0.284
    assertEquals(0.284, Enumerator.run(burglary(true, true), CONFIG).mean("value"), 5e-4);
  }

  // ---- sprinkler (Russell and Norvig; Murphy's BNT tutorial) ----------------------------------

  private static double pWet(boolean s, boolean r) {
    return s ? (r ? 0.99 : 0.90) : (r ? 0.90 : 0.0);
  }

  /** P(rain | wet grass): the sprinkler-off, no-rain branch has zero mass for wet grass. */
  private static Model<boolean[]> sprinkler(boolean wet) {
    return sample(bernoulli(0.5)).flatMap(c ->
        sample(bernoulli(c ? 0.1 : 0.5)).flatMap(s ->
            sample(bernoulli(c ? 0.8 : 0.2)).flatMap(r ->
                observe(bernoulli(pWet(s, r)), wet).then(pure(new boolean[] {s, r})))));
  }

  @Test
  void sprinklerPosteriorOfRainAndSprinklerGivenWetGrass() {
    double joint = 0;
    double rain = 0;
    double sprinklerOn = 0;
    for (boolean c : new boolean[] {true, false}) {
      for (boolean s : new boolean[] {true, false}) {
        for (boolean r : new boolean[] {true, false}) {
          double term = 0.5 * p(s, c ? 0.1 : 0.5) * p(r, c ? 0.8 : 0.2) * pWet(s, r);
          joint += term;
          rain += r ? term : 0;
          sprinklerOn += s ? term : 0;
        }
      }
    }
    Posterior<boolean[]> posterior = Enumerator.run(sprinkler(true), CONFIG);
    assertEquals(rain / joint, posterior.mean("value[1]"), 1e-12);
    assertEquals(sprinklerOn / joint, posterior.mean("value[0]"), 1e-12);
    assertEquals(Math.log(joint), posterior.logEvidence().getAsDouble(), 1e-12);
    // the published figures: P(W) = 0.6471, P(R | W) = 0.7079, P(S | W) = 0.4298
    assertEquals(0.6471, joint, 5e-5);
    assertEquals(0.7079, posterior.mean("value[1]"), 5e-5);
    assertEquals(0.4298, posterior.mean("value[0]"), 5e-5);
    assertEquals(3, posterior.draws().size(), "(off, no rain) has zero mass and is dropped");
  }
}
