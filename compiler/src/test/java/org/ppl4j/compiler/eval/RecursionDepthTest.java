package org.ppl4j.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.diagnostics.DiagnosticRenderer;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * LANGUAGE.md §9.4: recursion is bounded by memory only. Calls in tail position take constant
 * space, pure and effectful, self and mutual, to depths no stack or continuation budget could
 * hold; non-tail recursion runs 100,000 deep; a runaway recursion stops with the located
 * "recursion too deep" error, quickly. Programs run forward with seed 1.
 */
class RecursionDepthTest {

  @Test
  void pureTailRecursionAMillionDeepGivesItsValue() {
    assertEquals(new IntValue(1_000_000), run("""
        fun count(n, acc) = if n == 0 { acc } else { count(n - 1, acc + 1) }
        return count(1000000, 0)
        """));
  }

  /** Five million levels would need far over the 128 MiB deep stack without tail calls. */
  @Test
  void pureTailRecursionFiveMillionDeepTakesConstantStack() {
    assertEquals(new IntValue(5_000_000), run("""
        fun count(n, acc) {
          let next = acc + 1
          if n == 0 { acc } else { count(n - 1, next) }
        }
        return count(5000000, 0)
        """));
  }

  @Test
  void pureMutualTailRecursionAMillionDeepGivesItsValue() {
    assertEquals(BoolValue.TRUE, run("""
        fun isEven(n) {
          fun isOdd(m) = if m == 0 { false } else { isEven(m - 1) }
          if n == 0 { true } else { isOdd(n - 1) }
        }
        return isEven(1000000)
        """));
  }

  /** Functions passed as arguments: calls the lowering cannot know to be pure. */
  @Test
  void mutualTailRecursionThroughParametersAMillionDeepGivesItsValue() {
    assertEquals(BoolValue.FALSE, run("""
        fun even(n, odd) = if n == 0 { true } else { odd(n - 1, even) }
        fun odd(n, even) = if n == 0 { false } else { even(n - 1, odd) }
        return even(1000001, odd)
        """));
  }

  @Test
  void pureNonTailRecursionAHundredThousandDeepGivesItsValue() {
    assertEquals(new IntValue(5_000_050_000L), run("""
        fun sum(n) = if n == 0 { 0 } else { n + sum(n - 1) }
        return sum(100000)
        """));
  }

  /**
   * An effectful tail recursion deeper than the budget of pending effectful calls: it runs
   * only because a tail call keeps no continuation.
   */
  @Test
  void effectfulTailRecursionBeyondThePendingCallBudgetRuns() {
    int depth = RecursionLimit.MAX_PENDING_CALLS + 1000;
    Value v = run("""
        fun walk(n, x) {
          if n == 0 {
            observe 0.0 ~ normal(x, 1000)
            n
          } else {
            step ~ normal(0, 1)
            walk(n - 1, x + step)
          }
        }
        return walk(%d, 0.0)
        """.formatted(depth));
    assertEquals(new IntValue(0), v);
  }

  @Test
  void effectfulNonTailRecursionAHundredThousandDeepGivesItsValue() {
    Value v = run("""
        fun go(n) {
          if n == 0 { 0 } else {
            b ~ bernoulli(1.0)
            (if b { 1 } else { 0 }) + go(n - 1)
          }
        }
        return go(100000)
        """);
    assertEquals(new IntValue(100_000), v);
  }

  /** The program that stopped at the old limit of 10,000 nested calls (issue 16). */
  @Test
  void effectfulRecursionTwentyThousandDeepInsideAFoldRuns() {
    Value v = run("""
        fun deep(n) = if n == 0 { 0.0 } else { sample(normal(0, 1)) * 0.0 + 1.0 + deep(n - 1) }
        return fold(fn (a, x) => a + deep(20000), 0, [1])
        """);
    assertEquals(new RealValue(20000.0), v);
  }

  @Test
  void runawayPureRecursionIsLocatedAndFast() {
    assertRunaway("fun f(n) = 1 + f(n + 1)\nreturn f(0)\n", """
        t.ppl:1:16: error: recursion too deep in 'f': its nested calls ran out of memory (a call in tail position takes none)
            fun f(n) = 1 + f(n + 1)
                           ^^^^^^^^
        """);
  }

  @Test
  void runawayEffectfulRecursionIsLocatedAndFast() {
    assertRunaway("fun f(n) {\n  x ~ normal(0, 1)\n  x + f(n + 1)\n}\nreturn f(0)\n", """
        t.ppl:3:7: error: recursion too deep in 'f': its nested calls ran out of memory (a call in tail position takes none)
              x + f(n + 1)
                  ^^^^^^^^
        """);
  }

  /**
   * The located error, within 10 s of the process's CPU time (wall time stretches with the
   * machine's load, CPU time far less).
   */
  private static void assertRunaway(String source, String expected) {
    long cpu0 = processCpuNanos();
    PplException e = assertThrows(PplException.class, () -> run(source));
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    String rendered = DiagnosticRenderer.render(e.diagnostic(), source);
    assertEquals(expected.stripTrailing(), rendered);
    assertFalse(rendered.contains("Exception") || rendered.contains("java."), rendered);
    assertTrue(cpuSeconds < 10, "took " + cpuSeconds + " s of CPU");
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Value run(String source) {
    Model<Value> current = PplCompiler.compile("t.ppl", source).model(Map.of());
    Rng rng = Rng.seeded(1);
    while (true) {
      Step<Value> step = current.resume();
      if (step instanceof Step.Done<Value> done) {
        return done.value();
      } else if (step instanceof Step.Sampled sampled) {
        Distribution d = sampled.distribution();
        current = (Model<Value>) sampled.resumeWith(d.sample(rng));
      } else if (step instanceof Step.Scored<Value> scored) {
        current = scored.resumeAfter();
      } else {
        throw new AssertionError(step);
      }
    }
  }
}
