package org.ppl4j.notebook.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.kernel.PplError;
import org.ppl4j.runner.kernel.RunSettings;

class PplCellMagicTest {

  /** A notebook whose variables are a map; records evaluated code and displays. */
  static class MapHost implements NotebookHost {
    final Map<String, Object> variables = new LinkedHashMap<>();
    final List<String> evaluated = new ArrayList<>();
    final List<MimeBundle> displayed = new ArrayList<>();

    @Override
    public Optional<Object> eval(String javaCode) throws PplError {
      evaluated.add(javaCode);
      if (javaCode.startsWith("var ")) {
        return Optional.empty();
      }
      if (!variables.containsKey(javaCode)) {
        throw new PplError("cannot find symbol " + javaCode);
      }
      return Optional.ofNullable(variables.get(javaCode));
    }

    @Override
    public void display(MimeBundle bundle) {
      displayed.add(bundle);
    }
  }

  @Test
  void runsTheBodyWithDataFromAJavaMapAndBindsTheResult() throws PplError {
    MapHost host = new MapHost();
    host.variables.put("coins", Map.of("flips", List.of(true, false, true)));
    FakeRunner runner = new FakeRunner();
    var posterior = new PplCellMagic(host, runner).run(
        List.of("--method", "smc", "--particles", "5000", "--data", "coins", "--out", "post"),
        "p ~ beta(1, 1)\nreturn p");
    Object[] call = runner.calls.get(0);
    assertEquals("p ~ beta(1, 1)\nreturn p", call[0]);
    assertEquals(Map.of("particles", "5000"), ((RunSettings) call[1]).options());
    assertEquals("{\"flips\":[true,false,true]}", call[2].toString());
    assertEquals(List.of("coins",
        "var post = org.ppl4j.notebook.magic.NotebookResults.get(\"post\");"), host.evaluated);
    assertSame(posterior, NotebookResults.get("post"));
    assertTrue(host.displayed.isEmpty(), "run() leaves display to the kernel");
  }

  @Test
  void runAndDisplayShowsTableAndPlotAndBindsTheDefaultVariable() throws PplError {
    MapHost host = new MapHost();
    new PplCellMagic(host, new FakeRunner()).runAndDisplay(List.of(), "return 1");
    assertEquals("var posterior = org.ppl4j.notebook.magic.NotebookResults.get(\"posterior\");",
        host.evaluated.get(0));
    MimeBundle shown = host.displayed.get(0);
    assertTrue(shown.get(MimeBundle.HTML).orElseThrow().contains("<table"));
    assertTrue(shown.get(MimeBundle.SVG).orElseThrow().startsWith("<svg"));
  }

  @Test
  void badDataAndOptionsAreNamed() {
    MapHost host = new MapHost();
    host.variables.put("n", 3);
    host.variables.put("json", "{\"flips\": [true]}");
    PplCellMagic magic = new PplCellMagic(host, new FakeRunner());
    assertMessage(() -> magic.run(List.of("--data", "n"), "return 1"),
        "--data n must be a Map of input names to values or a JSON string, got a Integer");
    host.variables.put("nothing", null);
    assertMessage(() -> magic.run(List.of("--data", "nothing"), "return 1"),
        "--data nothing must be a Map of input names to values or a JSON string, got null");
    assertMessage(() -> magic.run(List.of("--out", "1x"), "return 1"),
        "--out needs a Java variable name, got '1x'");
    assertMessage(() -> magic.run(List.of("--particels", "3"), "return 1"), "unknown option '--particels'");
    assertMessage(() -> magic.run(List.of(), "syntax error"), "%%ppl cell:1:1: error: syntax error");
  }

  @Test
  void aKernelThatCannotDeclareTheVariableStillGetsTheResult() throws PplError {
    MapHost host = new MapHost() {
      @Override
      public Optional<Object> eval(String javaCode) throws PplError {
        throw new PplError("nested evaluation is not supported");
      }
    };
    FakeRunner runner = new FakeRunner();
    var posterior = new PplCellMagic(host, runner).run(List.of("--out", "later"), "return 1");
    assertSame(runner.posterior, posterior);
    assertSame(posterior, NotebookResults.get("later"));
    assertTrue(host.displayed.get(0).plainText().contains(
        "get it with org.ppl4j.notebook.magic.NotebookResults.get(\"later\")"));
  }

  @Test
  void jsonStringDataIsAccepted() throws PplError {
    MapHost host = new MapHost();
    host.variables.put("json", "{\"flips\": [true]}");
    FakeRunner runner = new FakeRunner();
    new PplCellMagic(host, runner).run(List.of("--data", "json"), "return 1");
    assertEquals("{\"flips\":[true]}", runner.calls.get(0)[2].toString());
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable run, String expected) {
    PplError e = assertThrows(PplError.class, run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
