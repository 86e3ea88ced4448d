package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * Literals over their size limits (issue 20, resource limits) fail at the literal's first
 * character with a message that gives the size and the limit, before parsing: a number of
 * 100,000 digits, a string of 3 MB, an array literal of a million elements; and a real literal
 * that overflows to infinity is refused with its text. Literals at the limits still compile.
 * The inputs (smaller copies) are in the parser fuzz target's corpus. The 60-second bound is a
 * hang guard: each case takes about a second on a loaded 2-core machine.
 */
class LiteralLimitsTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @Test
  void anIntegerOfOneHundredThousandDigitsIsRefusedAtItsFirstDigit() {
    PplException e = failure("let x = " + "9".repeat(100_000) + "\nreturn x\n");
    assertPlace(e, 1, 9);
    assertEquals("this number literal has 100,000 characters; a number has at most 400",
        e.diagnostic().message());
  }

  @Test
  void aRealOfOneHundredThousandDigitsIsRefused() {
    PplException e = failure("let y = 1\nlet x = 1." + "5".repeat(100_000) + "\nreturn x\n");
    assertPlace(e, 2, 9);
    assertTrue(e.diagnostic().message().startsWith("this number literal has 100,002 characters"),
        e.diagnostic().message());
  }

  @Test
  void aRealLiteralThatOverflowsIsRefused() {
    PplException e = failure("let x = 2.5e400\nreturn x\n");
    assertEquals("1:9:7", e.diagnostic().span().line() + ":" + e.diagnostic().span().column()
        + ":" + e.diagnostic().span().length());
    assertEquals("real literal 2.5e400 is too large (the largest Real is about 1.8e308; write inf"
        + " for infinity)", e.diagnostic().message());
  }

  @Test
  void aStringOfThreeMegabytesIsRefused() {
    PplException e = failure("let s = \"" + "a".repeat(3_000_000) + "\"\nreturn 1\n");
    assertPlace(e, 1, 9);
    assertEquals("this string literal has 3,000,002 characters; a string literal has at most"
        + " 100,000 (read long texts as data)", e.diagnostic().message());
  }

  @Test
  void anArrayLiteralOfAMillionElementsIsRefusedAtItsBracket() {
    PplException e = failure("let xs = [" + "1, ".repeat(999_999) + "1]\nreturn length(xs)\n");
    assertPlace(e, 1, 10);
    assertEquals("more than 100,000 array elements here; read large arrays as data",
        e.diagnostic().message());
  }

  @Test
  void aCallWithTooManyArgumentsIsRefusedAtItsParenthesis() {
    PplException e = failure("return max(" + "1, ".repeat(100_001) + "1)\n");
    assertPlace(e, 1, 11);
    assertTrue(e.diagnostic().message().startsWith("more than 100,000 arguments"));
  }

  @Test
  void literalsAtTheLimitsCompile() {
    String program = "let xs = [" + "1, ".repeat(99_999) + "1]\n"
        + "let s = \"" + "a".repeat(99_998) + "\"\n"
        + "let x = 1." + "2".repeat(398) + "\n"
        + "return length(xs)\n";
    assertEquals(null, outcome(program));
  }

  private static void assertPlace(PplException e, int line, int column) {
    SourceSpan s = e.diagnostic().span();
    assertEquals(line + ":" + column, s.line() + ":" + s.column(), e.diagnostic().message());
    assertEquals(1, s.length());
  }

  private static PplException failure(String source) {
    Throwable e = outcome(source);
    assertTrue(e instanceof PplException, () -> "expected a diagnostic, got " + e);
    return (PplException) e;
  }

  /** What compiling {@code source} throws (null if nothing), on a 1 GiB stack as ppl does. */
  private static Throwable outcome(String source) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      Thread t = new Thread(null, () -> {
        try {
          PplCompiler.compile("big.ppl", source);
        } catch (Throwable e) {
          failure.set(e);
        }
      }, "compile", 1L << 30);
      t.start();
      t.join();
    });
    return failure.get();
  }
}
