package org.ppl4j.compiler.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rendered form of LANGUAGE.md §7: header, the line indented by four, carets. */
class DiagnosticRendererTest {

  @Test
  void rendersTheLanguageExample() {
    String source = "data flips : Bool[]\n\np ~ beta(1, 1)\nfor f in flips {\n"
        + "                    bernouli(p)\n}\n";
    Diagnostic d = new Diagnostic(new SourceSpan("coin.ppl", 5, 21, 8),
        "unknown distribution 'bernouli' (did you mean 'bernoulli'?)");
    assertEquals("coin.ppl:5:21: error: unknown distribution 'bernouli' (did you mean"
        + " 'bernoulli'?)\n"
        + " ".repeat(24) + "bernouli(p)\n"
        + " ".repeat(24) + "^^^^^^^^", DiagnosticRenderer.render(d, source));
  }

  @Test
  void caretsFollowTabsAndStopAtTheEndOfTheLine() {
    String source = "\tlet x = 1\n";
    Diagnostic d = new Diagnostic(new SourceSpan("t.ppl", 1, 6, 50), "m");
    assertEquals("t.ppl:1:6: error: m\n    \tlet x = 1\n    \t    ^^^^^",
        DiagnosticRenderer.render(d, source));
  }

  @Test
  void aSpanPastTheLastLineShowsAnEmptyLineAndOneCaret() {
    Diagnostic d = new Diagnostic(new SourceSpan("t.ppl", 3, 1, 4), "m");
    assertEquals("t.ppl:3:1: error: m\n    \n    ^", DiagnosticRenderer.render(d, "a\n"));
  }

  @Test
  void windowsLineEndsAreNotQuoted() {
    Diagnostic d = new Diagnostic(new SourceSpan("t.ppl", 2, 1, 1), "m");
    assertEquals("t.ppl:2:1: error: m\n    b\n    ^",
        DiagnosticRenderer.render(d, "a\r\nb\r\n"));
  }

  @Test
  void aVeryLongLineIsQuotedAsAWindowAroundTheSpan() {
    String source = "let x = " + "7".repeat(100_000) + "\nreturn x\n";
    Diagnostic d = new Diagnostic(new SourceSpan("t.ppl", 1, 9, 1), "too long");
    assertEquals("t.ppl:1:9: error: too long\n    let x = " + "7".repeat(61) + "...\n"
        + "            ^", DiagnosticRenderer.render(d, source));
    Diagnostic far = new Diagnostic(new SourceSpan("t.ppl", 1, 50_009, 3), "here");
    assertEquals("t.ppl:1:50009: error: here\n    ..." + "7".repeat(123) + "...\n"
        + " ".repeat(67) + "^^^", DiagnosticRenderer.render(far, source));
  }

  @Test
  void aSpanPastTheEndOfAVeryLongLineQuotesItsEnd() {
    // the fuzz corpus' unclosed brackets: the error sits past the line's last character
    String line = "a[" + "0[".repeat(1_500);
    Diagnostic d = new Diagnostic(new SourceSpan("t.ppl", 1, line.length() + 500, 1), "eof");
    String shown = DiagnosticRenderer.render(d, line + "\n");
    assertEquals("t.ppl:" + "1:" + (line.length() + 500) + ": error: eof", shown.lines()
        .findFirst().orElseThrow());
    assertEquals("    ..." + line.substring(line.length() - 60),
        shown.lines().skip(1).findFirst().orElseThrow());
  }
}
