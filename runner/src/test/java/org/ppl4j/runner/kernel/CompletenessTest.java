package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.runner.kernel.Completeness.State;

class CompletenessTest {

  private static State state(String code) {
    return Completeness.of(code).state();
  }

  @Test
  void balancedProgramsAreComplete() {
    assertEquals(State.COMPLETE, state("p ~ beta(1, 1)\nfor f in flips {\n  observe f ~ bernoulli(p)\n}\nreturn p"));
    assertEquals(State.COMPLETE, state("return \"a ) string { \" // comment (\n"));
    assertEquals(State.COMPLETE, state("/* block ( */ return 1"));
    assertEquals(State.COMPLETE, state("%method smc --particles 10\nreturn 1"));
  }

  @Test
  void openBracketsCommentsAndTrailingOperatorsAreIncomplete() {
    Completeness verdict = Completeness.of("for f in flips {\n  if f {");
    assertEquals(State.INCOMPLETE, verdict.state());
    assertEquals("    ", verdict.indent(), "two spaces per open bracket");
    assertEquals(State.INCOMPLETE, state("let x = 1 +"));
    assertEquals(State.INCOMPLETE, state("let xs = [1,"));
    assertEquals(State.INCOMPLETE, state("/* not closed"));
  }

  @Test
  void mismatchedClosersAndUnterminatedStringsAreInvalid() {
    assertEquals(State.INVALID, state("return 1)"));
    assertEquals(State.INVALID, state("let a = [1, 2}"));
    assertEquals(State.INVALID, state("let s = \"open"));
  }
}
