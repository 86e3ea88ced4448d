package org.ppl4j.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * The dependence analysis behind generated quantities (LANGUAGE.md §9.4): which draw sites no
 * later score depends on, by data, by control, through closures, calls, higher-order builtins,
 * memoisation and recursion. Each case lists the lines of the sites that are generated
 * quantities; every other draw site of the program is not one.
 */
class GeneratedQuantitiesTest {

  private static GeneratedQuantities of(String source) {
    return (GeneratedQuantities) PplCompiler.compile("g.ppl", source).drawRoles();
  }

  private static Set<Integer> lines(String source) {
    return of(source).sites().stream().map(SourceSpan::line)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static final String PRIOR = "l ~ gamma(2, 1)\nobserve 3 ~ poisson(l)\n";

  @Test
  void aDrawAfterTheObservesIsAGeneratedQuantity() {
    assertEquals(Set.of(3, 4), lines(PRIOR + "y ~ poisson(l)\n"
        + "return {l: l, y: y, z: sample(poisson(l))}\n"));
  }

  @Test
  void dataDependenceOnADrawIsFound() {
    assertEquals(Set.of(), lines("k ~ poisson(2)\nlet m = k + 1\n"
        + "observe 3 ~ poisson(m)\nreturn k\n"));
    assertEquals(Set.of(), lines("k ~ poisson(2)\nfactor(-k)\nreturn k\n"));
    assertEquals(Set.of(), lines("k ~ bernoulli(0.5)\ncondition(k)\nreturn k\n"));
  }

  @Test
  void controlDependenceOnADrawIsFound() {
    assertEquals(Set.of(), lines("k ~ poisson(2)\nif k > 1 {\n  observe 3 ~ poisson(2)\n}\n"
        + "return k\n"));
    assertEquals(Set.of(), lines("k ~ poisson(2)\nfor i in 0..k {\n"
        + "  observe 1.0 ~ normal(0, 1)\n}\nreturn k\n"));
    // the draw is under a condition, but nothing after depends on it
    assertEquals(Set.of(3), lines(PRIOR + "let y = if l > 2 { sample(poisson(l)) } else { 0 }\n"
        + "return y\n"));
  }

  @Test
  void closuresAndCallsCarryDependence() {
    assertEquals(Set.of(), lines("k ~ poisson(1)\nlet g = fn (x) => x + k\n"
        + "observe 1.0 ~ normal(g(0), 1)\nreturn k\n"));
    assertEquals(Set.of(), lines("fun f(l) = sample(poisson(l))\nlet y = f(2.0)\n"
        + "observe 3 ~ poisson(y + 1)\nreturn y\n"));
    assertEquals(Set.of(1), lines("fun f(l) = sample(poisson(l))\n"
        + "observe 3 ~ poisson(2.0)\nreturn f(2.0)\n"));
    // a function that observes, called with the draw
    assertEquals(Set.of(), lines("fun lik(m) {\n  observe 1.0 ~ normal(m, 1)\n}\n"
        + "k ~ poisson(1)\nlik(k)\nreturn k\n"));
  }

  @Test
  void higherOrderBuiltinsMemoAndRecursion() {
    assertEquals(Set.of(3), lines(PRIOR
        + "return map(fn (i) => sample(poisson(l)), [1, 2, 3])\n"));
    assertEquals(Set.of(), lines("let s = fold(fn (acc, x) {\n  z ~ poisson(1)\n"
        + "  observe x ~ normal(acc, 1)\n  acc + z\n}, 0, [1.0, 2.0])\nreturn s\n"));
    assertEquals(Set.of(), lines("let g = mem(fn (i) => sample(poisson(1)))\n"
        + "observe 2 ~ poisson(g(0) + 1)\nreturn g(0)\n"));
    assertEquals(Set.of(), lines("fun r(n, acc) {\n  if n == 0 { acc } else {\n"
        + "    z ~ poisson(1)\n    observe 1 ~ poisson(acc + 1)\n"
        + "    r(n - 1, acc + z)\n  }\n}\nreturn r(3, 0)\n"));
  }

  @Test
  void theReasonNamesTheScore() {
    GeneratedQuantities g = of("k ~ poisson(2)\nobserve 3 ~ poisson(k + 1)\nreturn k\n");
    String why = g.whyNotGenerated(new SourceScoreSite(new SourceSpan("g.ppl", 1, 5, 10), "~"));
    assertEquals("the 'observe' at g.ppl:2:1 depends on it", why);
  }

  @Test
  void generatedFieldsOfTheResult() {
    GeneratedQuantities g = of(PRIOR + "let reps = [sample(poisson(l))]\n"
        + "return {l: l, reps: reps, two: 2 * l}\n");
    assertEquals(Set.of("reps"), g.generatedFields());
    assertTrue(of(PRIOR + "return l\n").generatedFields().isEmpty());
    assertEquals(List.of(), List.copyOf(of(PRIOR + "return l\n").sites()));
  }
}
