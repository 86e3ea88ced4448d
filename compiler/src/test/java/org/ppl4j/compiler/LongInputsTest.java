package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Long and deeply nested programs compile in time linear in their length (issue 20, findings 6
 * and 7). The quadratic versions took about 30 s for 10,000 {@code ^} (full-LL prediction on a
 * right-associative chain), 20 s for indexing nested 40,000 deep and 15 s for 100,000 nested
 * records (a scan to the end of the line for every token's span); the inputs here are two to four
 * times larger, so a quadratic regression would take minutes. The 120-second bound is a hang
 * guard, not a speed assertion: linear compilation takes a few seconds on a loaded 2-core machine.
 */
class LongInputsTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  @Test
  void aChainOfFortyThousandPowersCompiles() {
    String program = "let x = " + "1.0 ^ ".repeat(40_000) + "1.0\nreturn x\n";
    assertCompiles(program);
  }

  @Test
  void indexingNestedEightyThousandDeepCompiles() {
    int n = 80_000;
    String program = "let a = [0]\nreturn a[" + "0[".repeat(n) + "0" + "]".repeat(n) + "]\n";
    assertCompiles(program);
  }

  @Test
  void twoHundredThousandNestedRecordsCompile() {
    int n = 200_000;
    String program = "return " + "{a: ".repeat(n) + "1" + "}".repeat(n) + "\n";
    assertCompiles(program);
  }

  /** Compiles on a thread with a 1 GiB stack, as the {@code ppl} command does. */
  private static void assertCompiles(String source) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      Thread t = new Thread(null, () -> {
        try {
          PplCompiler.compile("long.ppl", source);
        } catch (Throwable e) {
          failure.set(e);
        }
      }, "compile", 1L << 30);
      t.start();
      t.join();
    });
    assertEquals(null, failure.get(), () -> "compilation failed: " + failure.get());
  }
}
