package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Programs with {@code infer}, {@code evidence}, {@code cache} and {@code mixture} against
 * hand-computed answers: the rational-speech-act and Schelling examples enumerated exactly,
 * the evidence of a small model in closed form, {@code cache}'s seed-determinism (a cached
 * inner importance sampler gives one table whatever the outer seed and thread; an uncached one
 * takes its randomness from the outer run).
 */
class NestedProgramsTest {

  private static Posterior<Value> enumerate(String file) throws IOException {
    Program p = PplCompiler.compile(file, Files.readString(Path.of("../examples", file)));
    return Enumerator.run(p.model(Map.of()), EnumeratorConfig.defaults());
  }

  private static double probability(Posterior<Value> posterior, Value v) {
    double total = 0;
    List<Value> values = posterior.draws().values();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).equals(v)) {
        total += Math.exp(posterior.draws().logWeights()[i]);
      }
    }
    return total;
  }

  @Test
  void rationalSpeechActPragmaticListener() throws IOException {
    // derived in examples/rsa/rsa.ppl: L1(1|some) = L1(2|some) = 4/9, L1(3|some) = 1/9
    Posterior<Value> p = enumerate("rsa/rsa.ppl");
    assertEquals(0.0, probability(p, new IntValue(0)), 1e-15);
    assertEquals(4.0 / 9, probability(p, new IntValue(1)), 1e-12);
    assertEquals(4.0 / 9, probability(p, new IntValue(2)), 1e-12);
    assertEquals(1.0 / 9, probability(p, new IntValue(3)), 1e-12);
    assertEquals(Math.log(9.0 / 16), p.logEvidence().getAsDouble(), 1e-12);
  }

  @Test
  void schellingCoordinationAtDepthTwo() throws IOException {
    // derived in examples/schelling/schelling.ppl
    double q = 0.55;
    double a1 = q * q / (q * q + (1 - q) * (1 - q));
    double b1 = q * a1 / (q * a1 + (1 - q) * (1 - a1));
    double a2 = q * b1 / (q * b1 + (1 - q) * (1 - b1));
    assertEquals(0.690548, a2, 1e-6);
    assertEquals(a2, probability(enumerate("schelling/schelling.ppl"), BoolValue.of(true)),
        1e-12);
  }

  @Test
  void evidenceOfAnInnerModelInClosedForm() {
    String source = String.join("\n",
        "let d = infer(fn () {",
        "  a ~ bernoulli(0.3)",
        "  b ~ bernoulli(0.6)",
        "  condition(a || b)",
        "  observe 2 ~ poisson(if a { 1 } else { 3 })",
        "  a",
        "})",
        "return {z: evidence(d), pa: exp(logpdf(d, true))}", "");
    Value v = SeededRun.run(PplCompiler.compile("z.ppl", source).model(Map.of()), 1).value();
    // Z = 0.3 Pois(2; 1) + 0.7 * 0.6 Pois(2; 3)
    double withA = 0.3 * Math.exp(-1) / 2;
    double withoutA = 0.42 * Math.exp(-3) * 9 / 2;
    var fields = ((org.ppl4j.semantics.value.RecordValue) v).fields();
    assertEquals(Math.log(withA + withoutA), ((RealValue) fields.get("z")).value(), 1e-12);
    assertEquals(withA / (withA + withoutA), ((RealValue) fields.get("pa")).value(), 1e-12);
  }

  private static final String CACHED = String.join("\n",
      "let f = cache(fn (k) => infer(fn () {",
      "  x ~ uniform_int(0, k)",
      "  observe 1 ~ poisson(x)",
      "  x",
      "}, {method: \"importance\", particles: 50}))",
      "let g = fn (k) => infer(fn () {",
      "  x ~ uniform_int(0, k)",
      "  observe 1 ~ poisson(x)",
      "  x",
      "}, {method: \"importance\", particles: 50})",
      "return [evidence(f(KEY)), evidence(g(KEY))]", "");

  private static List<Value> evidences(String key, long seed) {
    Program p = PplCompiler.compile("c.ppl", CACHED.replace("KEY", key));
    return ((org.ppl4j.semantics.value.ArrayValue) SeededRun.run(p.model(Map.of()), seed)
        .value()).elements();
  }

  @Test
  void cachedInnerInferenceIsTheSameWhateverTheOuterSeedOrThread() throws Exception {
    List<Value> one = evidences("7", 1);
    List<Value> two = evidences("7", 2);
    assertEquals(one.get(0), two.get(0), "cached: one table for the run, whatever the seed");
    assertNotEquals(one.get(1), two.get(1), "uncached: randomness from the outer run");
    assertEquals(one.get(1), evidences("7", 1).get(1), "uncached: the same seed, the same run");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Value>>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        runs.add(pool.submit(() -> evidences("9", seed)));
      }
      Value first = runs.get(0).get().get(0);
      for (Future<List<Value>> r : runs) {
        assertEquals(first, r.get().get(0));
      }
    } finally {
      pool.shutdown();
    }
  }
}
