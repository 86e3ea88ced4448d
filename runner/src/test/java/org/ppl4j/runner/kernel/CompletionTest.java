package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {

  @Test
  void completesBuiltinsKeywordsAndTheCellsOwnNames() {
    assertEquals(List.of("bernoulli"), Completion.at("x ~ bern", 8).matches());
    assertEquals(List.of("observe"), Completion.at("obs", 3).matches());
    Completion c = Completion.at("let sigma2 = 1\nreturn sig", 25);
    assertEquals(List.of("sigma2"), c.matches());
    assertEquals(22, c.start(), "after \"let sigma2 = 1\\nreturn \"");
    assertEquals(25, c.end());
    assertTrue(Completion.at("x ~ no", 6).matches().containsAll(List.of("normal")));
  }

  @Test
  void completesMagicsOnlyAtTheStartOfALine() {
    assertEquals(List.of("method"), Completion.at("%me", 3).matches());
    assertEquals(List.of("data", "method"), Completion.at("  %", 3).matches());
    assertEquals(List.of(), Completion.at("let x = 7 % 2", 13).matches());
  }

  @Test
  void nothingToCompleteAfterANumberOrASpace() {
    assertEquals(List.of(), Completion.at("let x = 12", 10).matches());
    assertEquals(List.of(), Completion.at("return ", 7).matches());
  }
}
