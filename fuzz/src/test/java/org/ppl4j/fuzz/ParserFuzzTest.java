package org.ppl4j.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The parser and checker on any byte string ({@code ppl check FILE}): every input is either
 * accepted or rejected with a positioned user error, within the time limit, without a Java
 * exception reaching the user. The corpus holds every input that ever failed (issue 20: bare CR
 * line ends, long {@code ^} chains, deep nesting).
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void checkAnyText(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String file = CommandOracle.file(".ppl", bytes).toString();
    CommandOracle.check(List.of("check", file), text, false);
  }
}
