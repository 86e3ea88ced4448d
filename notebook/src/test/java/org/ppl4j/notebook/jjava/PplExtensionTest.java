package org.ppl4j.notebook.jjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.junit.jupiter.api.Test;
import org.ppl4j.notebook.magic.FakeRunner;
import org.ppl4j.notebook.magic.NotebookResults;

/**
 * The JJava extension against jjava-jupyter's BaseKernel: a minimal kernel evaluates a cell
 * that starts with {@code %%NAME} through its magics registry (as JJava's transpiled magic
 * call does) and a bare name by looking up a variable, then renders the value as JJava does.
 */
class PplExtensionTest {

  static final class TestKernel extends BaseKernel {
    private final Map<String, Object> variables;

    TestKernel(Builder b, Map<String, Object> variables) {
      super("test", "1", new LanguageInfo("java", "17", "text/x-java", ".jshell", null, null, null),
          List.of(), b.history(), b.io(), b.comms(), b.renderer(),
          new MagicParser("^\\s*%", "^\\s*%%", b.transpiler()), b.registry(), false, b.styler());
      this.variables = variables;
    }

    @Override
    public Object evalRaw(String code) {
      if (code.startsWith("%%")) {
        String[] lines = code.split("\n", 2);
        List<String> words = Arrays.asList(lines[0].substring(2).trim().split("\\s+"));
        try {
          return getMagicsRegistry().evalCellMagic(this, words.get(0), words.subList(1, words.size()),
              lines.length > 1 ? lines[1] : "");
        } catch (Exception e) {
          throw new RuntimeException(e.getMessage(), e);
        }
      }
      return variables.get(code.trim());
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extra) {
      return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
      return null;
    }

    @Override
    public String isComplete(String code) {
      return IS_COMPLETE_YES;
    }
  }

  /** Exposes the builder's protected factories to the test kernel. */
  static final class Builder extends BaseKernelBuilder<Builder, TestKernel> {
    @Override
    public TestKernel build() {
      throw new UnsupportedOperationException();
    }

    org.dflib.jjava.jupyter.kernel.history.HistoryManager history() {
      return buildHistoryManager();
    }

    org.dflib.jjava.jupyter.kernel.JupyterIO io() {
      return buildJupyterIO(java.nio.charset.StandardCharsets.UTF_8);
    }

    org.dflib.jjava.jupyter.kernel.comm.CommManager comms() {
      return buildCommManager();
    }

    org.dflib.jjava.jupyter.kernel.display.Renderer renderer() {
      return buildRenderer();
    }

    org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler transpiler() {
      return buildMagicTranspiler();
    }

    org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry registry() {
      return buildMagicsRegistry();
    }

    org.dflib.jjava.jupyter.kernel.util.StringStyler styler() {
      return buildErrorStyler();
    }
  }

  @Test
  void magicReturnsThePosteriorWhichTheKernelRendersAsTableAndSvg() {
    FakeRunner runner = new FakeRunner();
    TestKernel kernel = new TestKernel(new Builder(),
        Map.of("coins", Map.of("flips", List.of(true, false))));
    new PplExtension(runner).install(kernel);
    DisplayData shown = kernel.eval("%%ppl mh --samples 500 --data coins --out post\nreturn 1");
    assertEquals("return 1", runner.calls.get(0)[0]);
    assertEquals("{\"flips\":[true,false]}", runner.calls.get(0)[2].toString());
    assertTrue(((String) shown.getData(MIMEType.TEXT_HTML)).contains("<table"));
    assertTrue(((String) shown.getData(MIMEType.IMAGE_SVG)).contains("<polyline"), "ESS evolution");
    assertTrue(((String) shown.getData(MIMEType.TEXT_PLAIN)).contains("posterior by smc"));
    assertEquals(runner.posterior, NotebookResults.get("post"));
  }

  @Test
  void extensionIsListedForJJavasServiceLoader() {
    assertTrue(ServiceLoader.load(Extension.class).stream()
        .anyMatch(p -> p.type() == PplExtension.class));
  }
}
