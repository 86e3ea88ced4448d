package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.diagnostics.DiagnosticRenderer;
import org.ppl4j.compiler.diagnostics.PplException;

/**
 * Broken variants of the golden programs (a character deleted, a token inserted; fixed seed,
 * 12 variants per program) either compile or fail with one diagnostic in the user's words:
 * never another exception, never ANTLR's wording, always a span inside the file.
 */
class MutationRobustnessTest {
  private static final List<String> INSERTS = List.of("(", ")", "[", "]", "{", "}", ",", "=",
      "~", "+", " else ", " let ", "\n", ";", "..", "\"", "/*", " fn ", " 1 ", " x ", ":");
  private static final List<String> ANTLR_WORDS = List.of(".*expecting.*",
      ".*extraneous input.*", ".*mismatched input.*", ".*no viable alternative.*",
      ".*token recognition error.*", ".*<EOF>.*", ".*missing \\S+ at .*");

  @Test
  void brokenProgramsGetOnePreciseDiagnostic() {
    SplittableRandom random = new SplittableRandom(20261127);
    int failures = 0;
    for (Path p : GoldenFiles.programs("programs")) {
      String source = GoldenFiles.read(p);
      for (int k = 0; k < 12; k++) {
        int at = random.nextInt(source.length());
        String broken = random.nextBoolean()
            ? source.substring(0, at) + source.substring(at + 1)
            : source.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size()))
                + source.substring(at);
        try {
          PplCompiler.compile("m.ppl", broken);
        } catch (PplException e) {
          failures++;
          String message = e.diagnostic().message();
          for (String word : ANTLR_WORDS) {
            assertFalse(message.matches(word), "raw parser wording in: " + message
                + "\nprogram:\n" + broken);
          }
          int lines = broken.split("\n", -1).length;
          assertTrue(e.diagnostic().span().line() <= lines + 1, message);
          DiagnosticRenderer.render(e.diagnostic(), broken);
        }
      }
    }
    assertTrue(failures > 150, "too few variants failed: " + failures);
  }
}
