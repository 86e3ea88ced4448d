package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.eval.ValueText;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.FunctionValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.Value;

/** The compiler's API as the runner uses it: data inputs, models for data, result names. */
class ProgramApiTest {

  @Test
  void dataInputsAreListedInOrderWithTypesAndDefaults() {
    Program p = PplCompiler.compile("d.ppl",
        "data n : Int = 3\ndata xs : Real[]\ndata r : {a: Bool}\nreturn n");
    List<DataInput> inputs = p.dataInputs();
    assertEquals(List.of("n", "xs", "r"), inputs.stream().map(DataInput::name).toList());
    assertEquals("Int", inputs.get(0).type().toString());
    assertEquals(Optional.of(new IntValue(3)), inputs.get(0).defaultValue());
    assertEquals(PplType.arrayOf(PplType.REAL), inputs.get(1).type());
    assertEquals("{a: Bool}", inputs.get(2).type().toString());
    assertEquals(2, inputs.get(1).span().line());
  }

  @Test
  void intDataIsAcceptedAsRealAndWrongDataIsAnErrorNamingTheInput() {
    Program p = PplCompiler.compile("d.ppl", "data xs : Real[]\nreturn xs");
    Value ints = new ArrayValue(List.of(new IntValue(1), new IntValue(2)));
    assertEquals("[1.0, 2.0]", ValueText.of(SeededRun.run(p.model(Map.of("xs", ints)), 1).value()));
    PplException e = assertThrows(PplException.class,
        () -> p.model(Map.of("xs", new ArrayValue(List.of(BoolValue.TRUE)))));
    assertEquals("data 'xs' should be Real[], found Bool[]", e.diagnostic().message());
    assertEquals(1, e.diagnostic().span().line());
  }

  @Test
  void resultNamesFollowTheReturnedExpression() {
    assertEquals("p", PplCompiler.compile("a.ppl", "p ~ beta(1, 1)\nreturn p").resultName());
    assertEquals("value", PplCompiler.compile("b.ppl", "return [1, 2]").resultName());
    assertEquals("value", PplCompiler.compile("c.ppl", "let p = 1\nreturn p + 1").resultName());
  }

  @Test
  void returnedFunctionsCanBeAppliedFromJava() {
    Program p = PplCompiler.compile("f.ppl",
        "fun coin(q) = sample(bernoulli(q))\nfun twice(x) = 2 * x\nreturn [coin, twice]");
    List<Value> fs = ((ArrayValue) SeededRun.run(p.model(Map.of()), 1).value()).elements();
    FunctionValue twice = (FunctionValue) fs.get(1);
    assertEquals(1, twice.arity());
    Model<Value> m = twice.apply(List.of(new IntValue(21)));
    assertEquals(new IntValue(42), ((Step.Done<Value>) m.resume()).value());
    Model<Value> coin = ((FunctionValue) fs.get(0)).apply(List.of(new IntValue(1)));
    assertTrue(coin.resume() instanceof Step.Sampled);
  }

  @Test
  void scoresCarryTheSiteOfTheirStatement() {
    Program p = PplCompiler.compile("s.ppl",
        "observe 1.0 ~ normal(0, 1)\nlet d = normal(0, 1)\nobserve 2.0 ~ d\n"
            + "factor(-1)\ncondition(true)\nreturn 0");
    Model<Value> m = p.model(Map.of());
    List<String> sites = new java.util.ArrayList<>();
    while (m.resume() instanceof Step.Scored<Value> scored) {
      var site = (org.ppl4j.compiler.diagnostics.SourceScoreSite) scored.site();
      sites.add(site.statement() + "@" + site.span().line() + ":" + site.span().column());
      m = scored.resumeAfter();
    }
    assertEquals(List.of("observe@1:1", "observe@3:1", "factor@4:1", "condition@5:1"), sites);
  }

  @Test
  void compileErrorsCarryOneDiagnostic() {
    PplException e = assertThrows(PplException.class,
        () -> PplCompiler.compile("e.ppl", "let x = y\nreturn x"));
    assertEquals("unknown name 'y'", e.diagnostic().message());
    assertEquals("e.ppl", e.diagnostic().span().file());
    assertEquals(9, e.diagnostic().span().column());
  }
}
