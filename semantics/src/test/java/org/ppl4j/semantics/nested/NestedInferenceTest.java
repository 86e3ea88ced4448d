package org.ppl4j.semantics.nested;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * The inner methods of {@code infer} on models written with the core's {@link Model}: exact
 * tables and evidence under enumeration (against hand-computed answers), the exact derivative
 * of the enumerated log probabilities when a parameter is on a tape (against central
 * differences), empirical tables of the sampling methods (seeded z-test), and zero weight.
 */
class NestedInferenceTest {
  private static final Family BERNOULLI = Family.byName("bernoulli").orElseThrow();

  /** {@code a ~ bernoulli(p); b ~ bernoulli(p); factor(score(a, b)); return a || b}. */
  private static Model<Value> twoCoins(Value p, Function<boolean[], Value> logWeight) {
    ValueDistribution coin = ValueDistribution.of(BERNOULLI, List.of(p));
    return Model.sample(coin).flatMap(a -> Model.sample(coin).flatMap(b -> {
      boolean x = ((BoolValue) a).value();
      boolean y = ((BoolValue) b).value();
      double w = AdArith.score(logWeight.apply(new boolean[] {x, y}));
      return Model.score(w).map(u -> (Value) BoolValue.of(x || y));
    }));
  }

  private static NestedRequest exact() {
    return new NestedRequest(Map.of(), Optional.empty(), Optional.empty());
  }

  @Test
  void enumerationGivesTheExactTableAndEvidence() {
    // p = 0.3; condition(a || b): Z = 1 - 0.7^2 = 0.51, only the value true remains
    Model<Value> m = twoCoins(new RealValue(0.3),
        ab -> new RealValue(ab[0] || ab[1] ? 0 : Double.NEGATIVE_INFINITY));
    InferDistribution d = NestedMethods.enumerate().run(m, exact());
    assertEquals(List.of(BoolValue.of(true)), d.values());
    assertEquals(0.0, d.logDensity(BoolValue.of(true)), 1e-15);
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(BoolValue.of(false)));
    assertEquals(Math.log(0.51), d.logEvidence().value(), 1e-12);
    // soft weights: factor(log 2) when both are true: masses true 0.51 + 0.09, false 0.49
    InferDistribution soft = NestedMethods.enumerate().run(twoCoins(new RealValue(0.3),
        ab -> new RealValue(ab[0] && ab[1] ? Math.log(2) : 0)), exact());
    assertEquals(Math.log(0.6 / 1.09), soft.logDensity(BoolValue.of(true)), 1e-12);
    assertEquals(Math.log(1.09), soft.logEvidence().value(), 1e-12);
  }

  @Test
  void enumerationIsDifferentiableInCapturedParameters() {
    // d/dp of log P(true) and of log Z, model with a soft weight exp(p) when a && b
    Function<Double, InferDistribution> plain = p -> NestedMethods.enumerate().run(
        twoCoins(new RealValue(p), ab -> new RealValue(ab[0] && ab[1] ? p : 0)), exact());
    double p0 = 0.35;
    Tape tape = new Tape();
    AdReal p = tape.variable(p0);
    InferDistribution d = NestedMethods.enumerate().run(
        twoCoins(AdArith.of(p), ab -> ab[0] && ab[1] ? AdArith.of(p) : new RealValue(0)),
        new NestedRequest(Map.of(), Optional.empty(), Optional.of(tape)));
    assertTrue(tape.takeScore().isEmpty(), "every inner score was taken back from the tape");
    double h = 1e-6;
    AdReal logTrue = d.logProbabilities()[d.values().indexOf(BoolValue.of(true))];
    tape.backward(logTrue);
    double fd = (plain.apply(p0 + h).logDensity(BoolValue.of(true))
        - plain.apply(p0 - h).logDensity(BoolValue.of(true))) / (2 * h);
    assertEquals(fd, tape.adjoint(p), 1e-6);
    Tape tape2 = new Tape();
    AdReal q = tape2.variable(p0);
    InferDistribution d2 = NestedMethods.enumerate().run(
        twoCoins(AdArith.of(q), ab -> ab[0] && ab[1] ? AdArith.of(q) : new RealValue(0)),
        new NestedRequest(Map.of(), Optional.empty(), Optional.of(tape2)));
    tape2.backward(d2.logEvidence());
    double fdZ = (plain.apply(p0 + h).logEvidence().value()
        - plain.apply(p0 - h).logEvidence().value()) / (2 * h);
    assertEquals(fdZ, tape2.adjoint(q), 1e-6);
  }

  @Test
  void samplingMethodsGiveTheEmpiricalTable() {
    // importance, 20000 particles, seed 3: P(true | a || b or soft) vs exact 0.6/1.09;
    // tolerance 4.5 standard errors of a weighted proportion (weights within [1, 2])
    Model<Value> m = twoCoins(new RealValue(0.3),
        ab -> new RealValue(ab[0] && ab[1] ? Math.log(2) : 0));
    int n = 20_000;
    InferDistribution d = NestedMethods.byName("importance").orElseThrow().run(m,
        new NestedRequest(Map.of("particles", n), Optional.of(Rng.seeded(3)), Optional.empty()));
    double p = Math.exp(d.logDensity(BoolValue.of(true)));
    double exact = 0.6 / 1.09;
    assertTrue(Math.abs(p - exact) <= 4.5 * 2 * Math.sqrt(exact * (1 - exact) / n),
        "seed 3, N " + n + ": " + p + " vs " + exact);
    assertEquals(Math.log(1.09), d.logEvidence().value(), 4.5 * 0.5 / Math.sqrt(n));
    InferDistribution r = NestedMethods.byName("rejection").orElseThrow().run(twoCoins(
            new RealValue(0.3), ab -> new RealValue(ab[0] ? 0 : Double.NEGATIVE_INFINITY)),
        new NestedRequest(Map.of("samples", 50), Optional.of(Rng.seeded(4)), Optional.empty()));
    assertEquals(0.0, r.logDensity(BoolValue.of(true)), 1e-15, "a holds, so a || b does");
  }

  @Test
  void zeroTotalWeightAndContinuousDrawsAreErrors() {
    Model<Value> never = twoCoins(new RealValue(0.3),
        ab -> new RealValue(Double.NEGATIVE_INFINITY));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NestedMethods.enumerate().run(never, exact()));
    assertEquals("the inner model of 'infer' has zero total weight (method 'enumerate'): its"
        + " conditions never held in any execution it ran", e.getMessage());
    Model<Value> continuous = Model.sample(ValueDistribution.of(
        Family.byName("normal").orElseThrow(), List.of(new RealValue(0), new RealValue(1))));
    InferenceException c = assertThrows(InferenceException.class,
        () -> NestedMethods.enumerate().run(continuous, exact()));
    assertTrue(c.getMessage().startsWith("infer: method 'enumerate' cannot enumerate a draw"
        + " from normal"), c.getMessage());
  }

  @Test
  void aTableFindsIntsAndWholeRealsAlike() {
    InferDistribution d = InferDistribution.normalise("enumerate",
        List.of(new IntValue(2), new IntValue(3), new IntValue(2)),
        List.of(AdReal.constant(Math.log(0.25)), AdReal.constant(Math.log(0.5)),
            AdReal.constant(Math.log(0.25))), 0.0);
    assertEquals(Math.log(0.5), d.logDensity(new RealValue(2.0)), 1e-12);
    assertEquals(Math.log(0.5), d.logDensity(new IntValue(3)), 1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(new IntValue(7)));
    assertEquals(0.0, d.logEvidence().value(), 1e-12);
  }
}
