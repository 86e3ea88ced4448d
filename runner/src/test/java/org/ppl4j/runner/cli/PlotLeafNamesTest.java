package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ppl run --plot} through the real compiler: the panels are titled by the leaf names of
 * the summary table (LANGUAGE.md §8), so {@code return p} gives a panel "p", not "value".
 * (Regression: the figure was drawn from the unnamed posterior, whose scalar leaf is "value".)
 */
class PlotLeafNamesTest {
  @TempDir Path dir;

  @Test
  void aScalarResultIsPlottedUnderItsOwnName() throws Exception {
    Path program = Files.writeString(dir.resolve("p.ppl"),
        "p ~ beta(2, 2)\nobserve true ~ bernoulli(p)\nreturn p\n");
    Path svg = dir.resolve("p.svg");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", program.toString(), "--method", "importance",
        "--particles", "300", "--seed", "1", "--quiet", "--plot", svg.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("p ")),
        "the table names the leaf p:\n" + out);
    String text = Files.readString(svg);
    assertTrue(text.contains(">p</text>"), "a panel titled p");
    assertFalse(text.contains(">value</text>"), "no panel or axis named 'value'");
  }
}
