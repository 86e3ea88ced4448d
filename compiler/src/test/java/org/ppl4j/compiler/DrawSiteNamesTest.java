package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.NamedSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * A draw's site knows the variable it is bound to ({@link NamedSite}): {@code x ~ D} (with a
 * known constructor or a distribution value) and {@code let x = sample(D)} name it, a
 * {@code sample(D)} inside an expression does not; a shadowed {@code sample} is not the
 * builtin. The word of the site is unchanged ({@code ~} or {@code sample}).
 */
class DrawSiteNamesTest {

  private static List<String> sites(String source) {
    Model<Value> m = PplCompiler.compile("n.ppl", source).model(Map.of());
    List<String> out = new ArrayList<>();
    while (m.resume() instanceof Step.Sampled<?, Value> sampled) {
      SourceScoreSite site = (SourceScoreSite) sampled.site();
      out.add(site.statement() + ":" + ((NamedSite) site).boundName().orElse("-"));
      @SuppressWarnings("unchecked")
      Step.Sampled<Value, Value> s = (Step.Sampled<Value, Value>) sampled;
      m = s.resumeWith(new RealValue(0.5));
    }
    return out;
  }

  @Test
  void drawsBoundToAVariableCarryItsName() {
    assertEquals(List.of("~:mu", "~:tau", "sample:z", "sample:-", "sample:w"), sites(
        "mu ~ normal(0, 1)\nlet d = exponential(1.0)\ntau ~ d\nlet z = sample(normal(0, 1))\n"
            + "let y = sample(normal(0, 1)) + 1\nfun f() { let w = sample(d); w }\n"
            + "return f() + y"));
  }

  @Test
  void aShadowedSampleIsNotTheBuiltin() {
    assertEquals(List.of(), sites("fun sample(d) = 0.25\nlet x = sample(normal(0, 1))\nreturn x"));
  }
}
