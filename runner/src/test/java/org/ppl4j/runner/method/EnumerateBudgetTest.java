package org.ppl4j.runner.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.random.Rng;

/**
 * Issue 20, item 2 (enumeration): {@code enumerate} estimates its number of paths up front
 * ({@link PathEstimate}, Knuth's estimator) and refuses a model over its 10,000,000-path budget
 * at once, naming the estimate and the way out; under the budget it runs as before and reports
 * its progress against the estimate. The estimator is exact on trees whose branching depends
 * only on the depth (every probe gives the same product), which these models are; no tolerance
 * is needed. The probes use their own fixed seed.
 */
class EnumerateBudgetTest {
  private static InferenceProblem problem(String text) {
    Program program = PplCompiler.compile("p.ppl", text);
    return new InferenceProblem(program,
        DataLoader.parse(program.dataInputs(), "p.json", "{}").values());
  }

  private static String coins(int n) {
    return "let xs = repeat(" + n + ", fn () { x ~ bernoulli(0.5)\n x })\nreturn length(xs)\n";
  }

  @Test
  void theEstimateIsExactWhereEveryPathBranchesAlike() {
    for (int n : new int[] {1, 5, 20, 40}) {
      OptionalDouble e = PathEstimate.of(problem(coins(n)).model(), 8, Rng.seeded(1));
      assertEquals(Math.pow(2, n), e.orElseThrow(), 0.0, "coins: " + n);
    }
    // a value of zero mass is a path of its own, as the enumerator and PathCount count them
    String cut = "c ~ categorical([0.5, 0.0, 0.5])\nd ~ categorical([0.5, 0.0, 0.5])\nreturn c\n";
    assertEquals(PathCount.upTo(problem(cut).model(), 100).orElseThrow(),
        PathEstimate.of(problem(cut).model(), 8, Rng.seeded(1)).orElseThrow(), 0.0);
    assertTrue(PathEstimate.of(problem("x ~ normal(0, 1)\nreturn x\n").model(), 8,
        Rng.seeded(1)).isEmpty(), "an infinite support leaves the estimate unknown");
  }

  @Test
  void aModelFarOverTheBudgetIsRefusedAtOnce() {
    InferenceException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        assertThrows(InferenceException.class, () -> new EnumerateMethod().run(
            problem(coins(40)), MethodOptions.none(), Rng.seeded(1), Progress.silent())));
    assertEquals("enumerate: the model has about 1.10e+12 execution paths (estimated from 64"
        + " random ones), more than the 10,000,000 that enumeration explores; use another method"
        + " such as smc, or --max-paths N for the N most probable executions", e.getMessage());
  }

  @Test
  void aModelUnderTheBudgetRunsAndReportsProgressAgainstTheEstimate() {
    List<Long> begun = new ArrayList<>();
    long[] advanced = {0};
    boolean[] ended = {false};
    Progress recording = new Progress() {
      @Override
      public void begin(String task, long totalUnits) {
        assertEquals("enumerate", task);
        begun.add(totalUnits);
      }

      @Override
      public void advance(long units) {
        assertTrue(units >= 0);
        advanced[0] += units;
      }

      @Override
      public void end() {
        ended[0] = true;
      }
    };
    var posterior = new EnumerateMethod().run(problem(coins(13)), MethodOptions.none(),
        Rng.seeded(1), recording);
    assertEquals(List.of(8192L), begun);
    assertTrue(advanced[0] > 0 && advanced[0] <= 8192, "advanced " + advanced[0]);
    assertTrue(ended[0]);
    assertEquals("enumerate", posterior.method());
  }
}
