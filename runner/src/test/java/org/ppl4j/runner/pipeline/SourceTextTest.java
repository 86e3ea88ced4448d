package org.ppl4j.runner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.runner.cli.Main;

/** A program file's bytes: UTF-8 with an optional byte-order mark; anything else is located. */
class SourceTextTest {

  @Test
  void utf8IsDecodedAndAByteOrderMarkDropped() {
    SourceText plain = SourceText.decode("a.ppl", "return \"é\"\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("return \"é\"\n", plain.text());
    assertTrue(plain.error().isEmpty());
    SourceText marked = SourceText.decode("a.ppl",
        "\uFEFFreturn 1\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("return 1\n", marked.text());
    assertTrue(marked.error().isEmpty());
  }

  @Test
  void aByteThatIsNotUtf8IsAnErrorAtItsLineAndColumn() {
    byte[] latin1 = "let a = 1\nlet b = \"\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
    SourceText t = SourceText.decode("a.ppl", latin1);
    var diagnostic = t.error().orElseThrow().diagnostic();
    assertEquals(new SourceSpan("a.ppl", 2, 10, 1), diagnostic.span());
    assertEquals("the file is not UTF-8 text: byte 0xE9 cannot start or continue a character"
        + " (save the file as UTF-8)", diagnostic.message());
  }

  @Test
  void theCommandLineShowsTheBadLineWithACaret(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.ppl");
    Files.write(file, new byte[] {'r', 'e', 't', 'u', 'r', 'n', ' ', '1', ' ', (byte) 0xFF, '\n'});
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", file.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(1, code);
    String[] lines = err.toString().split("\n");
    assertEquals(file + ":1:10: error: the file is not UTF-8 text: byte 0xFF cannot start or"
        + " continue a character (save the file as UTF-8)", lines[0]);
    assertEquals("             ^", lines[2]);
  }
}
