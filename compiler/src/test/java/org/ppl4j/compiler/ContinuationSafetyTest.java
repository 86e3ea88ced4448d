package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.eval.ValueText;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * A suspended execution resumed several times (as SMC copies particles and the enumerator
 * explores branches) gives independent results: no frame or memo table is shared between the
 * resumptions.
 */
class ContinuationSafetyTest {

  private static Model<Value> model(String source) {
    return PplCompiler.compile("t.ppl", source).model(Map.of());
  }

  private static String finish(Step.Sampled<Value, Value> step, Value first, Object... rest) {
    SeededRun run = Drive.run(step.resumeWith(first), List.of(rest));
    return ValueText.of(run.value());
  }

  @Test
  void resumingADrawTwiceGivesIndependentRuns() {
    Step.Sampled<Value, Value> step = Drive.firstDraw(model(
        "x ~ normal(0, 1)\nlet y = x + 1\nobserve y ~ normal(0, 1)\nz ~ normal(0, 1)\n"
            + "return [x, y, z]"));
    Model<Value> a = step.resumeWith(new RealValue(1));
    Model<Value> b = step.resumeWith(new RealValue(5));
    // interleave: advance both to their second draw, then finish in the other order
    Step.Sampled<Value, Value> a2 = Drive.firstDraw(a);
    Step.Sampled<Value, Value> b2 = Drive.firstDraw(b);
    assertEquals("[5.0, 6.0, 0.5]", finish(b2, new RealValue(0.5)));
    assertEquals("[1.0, 2.0, 0.25]", finish(a2, new RealValue(0.25)));
    assertEquals("[1.0, 2.0, 0.75]", finish(a2, new RealValue(0.75)));
  }

  @Test
  void framesOfCallersAndLoopsAreNotShared() {
    Step.Sampled<Value, Value> step = Drive.firstDraw(model(
        "fun f(a) {\n  b ~ normal(0, 1)\n  a + b\n}\nlet acc = map(f, [10, 20])\n"
            + "let t = 0\nfor i in [1, 2] {\n  observe i ~ poisson(1)\n}\nreturn [acc, t]"));
    assertEquals("[[11.0, 22.0], 0]", finish(step, new RealValue(1), new RealValue(2)));
    assertEquals("[[13.0, 24.0], 0]", finish(step, new RealValue(3), new RealValue(4)));
    assertEquals("[[11.0, 22.0], 0]", finish(step, new RealValue(1), new RealValue(2)));
  }

  @Test
  void memoTablesBelongToOneExecution() {
    Step.Sampled<Value, Value> step = Drive.firstDraw(model(
        "let g = mem(fn (i) => sample(bernoulli(0.5)))\nlet a = g(1)\n"
            + "x ~ bernoulli(0.5)\nreturn [a, g(1), g(2), x]"));
    Model<Value> yes = step.resumeWith(BoolValue.TRUE);
    Model<Value> no = step.resumeWith(BoolValue.FALSE);
    assertEquals("[false, false, true, true]", ValueText.of(
        Drive.run(no, List.of(BoolValue.TRUE, BoolValue.TRUE)).value()));
    assertEquals("[true, true, false, false]", ValueText.of(
        Drive.run(yes, List.of(BoolValue.FALSE, BoolValue.FALSE)).value()));
  }

  @Test
  void theSameModelValueRunsManyTimes() {
    Model<Value> m = model("x ~ normal(0, 1)\nlet y = [x, x]\nreturn y");
    assertEquals("[1.0, 1.0]", ValueText.of(Drive.run(m, List.of(new RealValue(1))).value()));
    assertEquals("[2.0, 2.0]", ValueText.of(Drive.run(m, List.of(new RealValue(2))).value()));
  }
}
