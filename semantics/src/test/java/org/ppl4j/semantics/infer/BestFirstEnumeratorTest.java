package org.ppl4j.semantics.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.categorical;
import static org.ppl4j.semantics.dist.Distributions.normal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * {@code enumerate --max-paths N}: the kept executions are exactly the N of largest prior times
 * likelihood (checked against every execution's weight from the exact {@link Enumerator}), their
 * total is the reported log evidence, and with N at least the number of executions the result
 * is the exact one. No tolerance beyond rounding: everything here is exact arithmetic on
 * finitely many paths.
 */
class BestFirstEnumeratorTest {
  private static final double[] PS = {0.5, 0.3, 0.2};

  /**
   * Three categorical choices with a soft score on their sum; the result is the whole path, so
   * every execution is its own result.
   */
  private static Model<List<Integer>> paths() {
    return Model.sample(categorical(PS)).flatMap(a -> Model.sample(categorical(PS))
        .flatMap(b -> Model.sample(categorical(PS)).flatMap(c ->
            Model.factor(-0.7 * Math.abs(a + b + c - 3)).then(Model.pure(List.of(a, b, c))))));
  }

  /** Every execution's unnormalised weight, from the exact enumeration. */
  private static Map<List<Integer>, Double> allWeights() {
    Posterior<List<Integer>> exact = Enumerator.run(paths(), EnumeratorConfig.defaults());
    double logZ = exact.logEvidence().getAsDouble();
    Map<List<Integer>, Double> out = new HashMap<>();
    for (int i = 0; i < exact.draws().size(); i++) {
      out.put(exact.draws().values().get(i), Math.exp(exact.draws().logWeights()[i] + logZ));
    }
    return out;
  }

  @Test
  void keepsExactlyTheMostProbableExecutionsAndReportsTheirMass() {
    Map<List<Integer>, Double> all = allWeights();
    assertEquals(27, all.size());
    List<Map.Entry<List<Integer>, Double>> sorted = new ArrayList<>(all.entrySet());
    sorted.sort(Map.Entry.<List<Integer>, Double>comparingByValue(Comparator.reverseOrder()));
    for (int n : new int[] {1, 2, 5, 13, 26}) {
      Posterior<List<Integer>> p = BestFirstEnumerator.run(paths(), n);
      assertEquals(n, p.draws().size(), "n " + n);
      // equal weights (permutations of the same choices) may be kept in either order: the
      // kept weights must be the n largest, as a multiset
      double kept = 0;
      List<Double> keptWeights = new ArrayList<>();
      for (List<Integer> value : p.draws().values()) {
        keptWeights.add(all.get(value));
      }
      keptWeights.sort(Comparator.reverseOrder());
      for (int i = 0; i < n; i++) {
        kept += sorted.get(i).getValue();
        assertEquals(sorted.get(i).getValue(), keptWeights.get(i), 1e-15, "n " + n + ", rank " + i);
      }
      assertEquals(Math.log(kept), p.logEvidence().getAsDouble(), 1e-12, "n " + n);
      assertTrue(p.diagnostics().notes().size() == 1 && p.diagnostics().notes().get(0)
          .startsWith("enumerate kept the " + n + " most probable executions"));
    }
  }

  @Test
  void enoughPathsGiveTheExactPosterior() {
    Map<List<Integer>, Double> all = allWeights();
    Posterior<List<Integer>> p = BestFirstEnumerator.run(paths(), 27);
    Posterior<List<Integer>> exact = Enumerator.run(paths(), EnumeratorConfig.defaults());
    assertTrue(p.diagnostics().exact() && p.diagnostics().notes().isEmpty());
    assertEquals(exact.logEvidence().getAsDouble(), p.logEvidence().getAsDouble(), 1e-12);
    double z = Math.exp(exact.logEvidence().getAsDouble());
    for (int i = 0; i < p.draws().size(); i++) {
      assertEquals(all.get(p.draws().values().get(i)) / z, Math.exp(p.draws().logWeights()[i]),
          1e-12);
    }
    assertTrue(BestFirstEnumerator.run(paths(), 1000).diagnostics().notes().isEmpty());
  }

  @Test
  void theNoteBoundsTheUnexploredMass() {
    // one flip of bernoulli(0.9): keeping 1 path leaves at most 0.1 unexplored
    Posterior<Boolean> p = BestFirstEnumerator.run(Model.sample(bernoulli(0.9)), 1);
    assertEquals(List.of(true), p.draws().values());
    assertEquals(Math.log(0.9), p.logEvidence().getAsDouble(), 1e-12);
    assertTrue(p.diagnostics().notes().get(0).contains("carry mass 0.900000")
        && p.diagnostics().notes().get(0).contains("at most 0.100000"),
        p.diagnostics().notes().get(0));
  }

  @Test
  void zeroWeightExecutionsAreNotCountedAndErrorsAreClear() {
    Model<Boolean> conditioned = Model.sample(bernoulli(0.9))
        .flatMap(a -> Model.condition(!a).then(Model.pure(a)));
    Posterior<Boolean> p = BestFirstEnumerator.run(conditioned, 1);
    assertEquals(List.of(false), p.draws().values());
    assertTrue(p.diagnostics().notes().isEmpty(), "both paths explored: the zero one is dropped");
    assertThrows(InferenceException.class,
        () -> BestFirstEnumerator.run(Model.sample(normal(0, 1)), 3));
    InferenceException none = assertThrows(InferenceException.class, () -> BestFirstEnumerator
        .run(Model.sample(bernoulli(0.5)).flatMap(a -> Model.condition(false)), 2));
    assertTrue(none.getMessage().contains("zero probability"), none.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> BestFirstEnumerator.run(Model.sample(bernoulli(0.5)), 0));
  }
}
