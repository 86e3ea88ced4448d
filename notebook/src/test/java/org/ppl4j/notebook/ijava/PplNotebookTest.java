package org.ppl4j.notebook.ijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.notebook.magic.FakeRunner;
import org.ppl4j.notebook.magic.NotebookHost;
import org.ppl4j.notebook.magic.PplCellMagic;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.kernel.BasekernelDisplay;
import org.ppl4j.runner.kernel.PplError;

/** The IJava adapter against basekernel's own magics registry and renderer. */
class PplNotebookTest {

  private final List<DisplayData> shown = new ArrayList<>();
  private final List<String> evaluated = new ArrayList<>();

  private final NotebookHost host = new NotebookHost() {
    @Override
    public Optional<Object> eval(String javaCode) {
      evaluated.add(javaCode);
      return javaCode.equals("coins")
          ? Optional.of(Map.of("flips", List.of(true, true))) : Optional.empty();
    }

    @Override
    public void display(MimeBundle bundle) {
      shown.add(BasekernelDisplay.toDisplayData(bundle));
    }
  };

  @Test
  void cellMagicRunsThroughBasekernelMagicsAndDisplaysItself() throws Exception {
    Magics magics = new Magics();
    Renderer renderer = new Renderer();
    FakeRunner runner = new FakeRunner();
    PplNotebook.install(magics, renderer, new PplCellMagic(host, runner));
    magics.applyCellMagic("ppl", List.of("smc", "--particles", "100", "--data", "coins"),
        "p ~ beta(1, 1)\nreturn p");
    assertEquals(1, runner.calls.size());
    assertEquals(1, shown.size(), "IJava ignores the return value: the magic displays");
    DisplayData data = shown.get(0);
    assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains("<table"));
    assertTrue(((String) data.getData(MIMEType.IMAGE_SVG)).contains("<svg"));
    assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).contains("posterior by smc"));
  }

  @Test
  void posteriorValuesRenderAsTableSvgAndText() {
    Renderer renderer = new Renderer();
    PplNotebook.install(new Magics(), renderer, host);
    DisplayData data = renderer.render(new FakeRunner().posterior);
    assertTrue(data.hasDataForType(MIMEType.TEXT_HTML));
    assertTrue(data.hasDataForType(MIMEType.IMAGE_SVG));
    assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).contains("log evidence -3.5"));
  }

  @Test
  void userErrorsReachTheNotebookAsMessages() {
    Magics magics = new Magics();
    PplNotebook.install(magics, new Renderer(), new PplCellMagic(host, new FakeRunner()));
    PplError e = assertThrows(PplError.class,
        () -> magics.applyCellMagic("ppl", List.of(), "syntax error"));
    assertTrue(e.getMessage().contains("error: syntax error"));
  }

  @Test
  void installFindsTheRunningIJavaKernelByReflection() throws Exception {
    FakeJavaKernel kernel = new FakeJavaKernel(Map.of("coins", Map.of("flips", List.of(true))));
    io.github.spencerpark.ijava.IJava.setKernelInstance(kernel);
    try {
      PplNotebook.install();
      // the real NotebookRunner compiles and runs the cell
      kernel.getMagics().applyCellMagic("ppl",
          List.of("enumerate", "--data", "coins", "--out", "post"),
          "data flips : Bool[]\nx ~ bernoulli(0.5)\nobserve x ~ bernoulli(0.9)\nreturn x");
      assertEquals(List.of("coins",
          "var post = org.ppl4j.notebook.magic.NotebookResults.get(\"post\");"), kernel.evaluated);
      DisplayData shown = kernel.displayed.get(0);
      assertTrue(((String) shown.getData(MIMEType.TEXT_HTML)).contains("<table"));
      // P(x | observed true) = 0.5 * 0.9 / (0.5 * 0.9 + 0.5 * 0.1) = 0.9, exactly
      assertEquals(0.9, org.ppl4j.notebook.magic.NotebookResults.get("post").mean("x"), 1e-12);
      assertTrue(kernel.getRenderer().render(org.ppl4j.notebook.magic.NotebookResults.get("post"))
          .hasDataForType(MIMEType.IMAGE_SVG), "the kernel's renderer knows posteriors");
    } finally {
      io.github.spencerpark.ijava.IJava.setKernelInstance(null);
    }
  }

  @Test
  void installOutsideANotebookSaysWhatToDo() {
    IllegalStateException e = assertThrows(IllegalStateException.class, PplNotebook::install);
    assertTrue(e.getMessage().contains("no IJava kernel is running"), e.getMessage());
  }
}
