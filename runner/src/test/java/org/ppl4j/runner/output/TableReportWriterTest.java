package org.ppl4j.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TableReportWriterTest {

  @Test
  void oneChainHasNoRhatColumn() {
    String text = TableReportWriter.write(JsonReportWriterTest.report(OptionalDouble.of(-70.12), 1))
        .replace(System.lineSeparator(), "\n");
    assertEquals("""
        Inference for coin.ppl: method = smc, seed = 1
        4000 draws, log evidence = -70.12, time = 0.31 s, acceptance rate = 0.5

              Mean     MCSE     SD    5%   50%  95%   ESS  Tail ESS
        p     0.42  0.00055   0.05  0.34  0.42  0.5  8120      6950
        rain  0.25      n/a  0.433     0     0    1   n/a       n/a

        Probabilities:
          rain  0  0.7500
          rain  1  0.2500
        """, text);
  }

  @Test
  void severalChainsAddRhat() {
    String text = TableReportWriter.write(JsonReportWriterTest.report(OptionalDouble.empty(), 4))
        .replace(System.lineSeparator(), "\n");
    assertEquals("""
        Inference for coin.ppl: method = smc, seed = 1
        4 chains, 4000 draws in all, log evidence = n/a, time = 0.31 s, acceptance rate = 0.5

              Mean     MCSE     SD    5%   50%  95%   ESS  Tail ESS  R-hat
        p     0.42  0.00055   0.05  0.34  0.42  0.5  8120      6950  1.002
        rain  0.25      n/a  0.433     0     0    1   n/a       n/a    n/a
        """, text.substring(0, text.indexOf("\nProbabilities") ));
  }

  @Test
  void warningsFollowTheTableOneLineEach() {
    RunReport r = JsonReportWriterTest.report(OptionalDouble.empty(), 1);
    RunReport warned = new RunReport(r.fileName(), r.method(), r.seed(), r.logEvidence(),
        r.summary(), r.timeSeconds(), r.chains(), r.draws(), r.exact(), r.diagnostics(),
        java.util.List.of("first thing: do this", "second thing: do that"));
    String text = TableReportWriter.write(warned).replace(System.lineSeparator(), "\n");
    assertTrue(text.endsWith("""
          rain  1  0.2500

        warning: first thing: do this
        warning: second thing: do that
        """), text);
    assertFalse(TableReportWriter.write(r).contains("warning"));
  }

  @Test
  void significantDigits() {
    assertEquals("0.001235", NumberText.significant(0.00123456, 4));
    assertEquals("1.235e-05", NumberText.significant(0.0000123456, 4));
    assertEquals("1235", NumberText.significant(1234.56, 4));
    assertEquals("-2.5", NumberText.significant(-2.5, 4));
    assertEquals("1.235e+07", NumberText.significant(12345678, 4));
    assertEquals("inf", NumberText.significant(Double.POSITIVE_INFINITY, 4));
  }
}
