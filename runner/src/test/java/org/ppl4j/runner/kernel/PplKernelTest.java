package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.Value;

class PplKernelTest {

  @TempDir Path dir;

  private final List<String> sources = new ArrayList<>();

  private final CellRunner runner = (name, source, settings, data) -> {
    if (source.contains("nosuch")) {
      throw PplError.of(org.ppl4j.runner.UserError.at(
          new org.ppl4j.compiler.diagnostics.SourceSpan(name, 1, 8, 6), "unknown name 'nosuch'",
          source));
    }
    sources.add(name + "|" + source.strip() + "|" + settings.method().orElse("default"));
    return Posterior.exact("enumerate", new Empirical<Value>(
        List.of(new IntValue(0), new IntValue(1)), new double[] {Math.log(0.75), Math.log(0.25)},
        OptionalDouble.of(0.0))).named("x");
  };

  @Test
  void magicOnlyCellAnswersWithTheSettingAsText() throws Exception {
    PplKernel kernel = new PplKernel(new KernelSession(dir, runner));
    DisplayData shown = kernel.eval("%method enumerate");
    assertEquals("method: enumerate", shown.getData(MIMEType.TEXT_PLAIN));
    assertNull(kernel.eval("// nothing but a comment"));
  }

  @Test
  void programCellShowsTableSvgAndTextOfItsPosterior() throws Exception {
    PplKernel kernel = new PplKernel(new KernelSession(dir, runner));
    DisplayData shown = kernel.eval("%method enumerate\nx ~ bernoulli(0.25)\nreturn x");
    assertEquals(List.of("cell[0]|x ~ bernoulli(0.25)\nreturn x|enumerate"), sources);
    assertTrue(((String) shown.getData(MIMEType.TEXT_HTML)).contains("<table"));
    assertTrue(((String) shown.getData(MIMEType.IMAGE_SVG)).contains("<svg"));
    assertTrue(((String) shown.getData(MIMEType.TEXT_PLAIN)).contains("posterior by enumerate"));
  }

  @Test
  void userErrorsAreFormattedAsTheirMessageOnly() {
    PplKernel kernel = new PplKernel(new KernelSession(dir, runner));
    PplError e = assertThrows(PplError.class, () -> kernel.eval("return nosuch"));
    List<String> lines = kernel.formatError(e);
    assertTrue(String.join("\n", lines).contains("cell[0]:1:8: error: unknown name 'nosuch'"));
    assertTrue(lines.stream().noneMatch(l -> l.contains("at org.ppl4j")), "no Java frames: " + lines);
  }

  @Test
  void isCompleteFollowsTheProtocolsWords() {
    PplKernel kernel = new PplKernel(new KernelSession(dir, runner));
    assertEquals("complete", kernel.isComplete("return 1"));
    assertEquals("invalid", kernel.isComplete("return 1)"));
    assertEquals("  ", kernel.isComplete("for x in xs {"), "incomplete: the indent to offer");
  }
}
