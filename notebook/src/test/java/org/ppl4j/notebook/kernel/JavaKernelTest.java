package org.ppl4j.notebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ppl4j.runner.kernel.PplError;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The Java kernel without Jupyter: Java cells defining and running a DSL model, the rich display
 * of the posterior, the {@code %%ppl} magic reading Java data and binding its result, errors,
 * completion and is-complete. One kernel (one JShell) for the class: JShell starts in seconds.
 */
class JavaKernelTest {

  /** A kernel that keeps what it displays (a real one sends it to Jupyter). */
  static final class RecordingKernel extends JavaKernel {
    final List<DisplayData> displayed = new ArrayList<>();

    @Override
    public void display(DisplayData data) {
      displayed.add(data);
    }
  }

  static RecordingKernel kernel;

  @BeforeAll
  static void start() {
    kernel = new RecordingKernel();
  }

  @AfterAll
  static void stop() {
    kernel.onShutdown(false);
  }

  private static String text(DisplayData data, String mime) {
    Object value = data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.parse(mime));
    return value == null ? null : value.toString();
  }

  /**
   * The coin in the Java DSL, by rejection sampling: seed 1, N = 4000 exact posterior draws of
   * Beta(8, 4) (mean 2/3, sd 0.1307), so the sample mean is within 4.5 standard errors,
   * 4.5 * 0.1307 / sqrt(4000) = 0.0093, of 2/3.
   */
  @Test
  void javaCellsDefineRunAndDisplayAModel() throws Exception {
    assertNull(kernel.eval("List<Boolean> flips = List.of(true, true, false, true, true,\n"
        + "    false, true, true, false, true);"));
    assertNull(kernel.eval("Model<Double> coin(List<Boolean> flips) {\n"
        + "  return sample(beta(1, 1)).flatMap(p ->\n"
        + "      forEach(flips, f -> observe(bernoulli(p), f)).then(pure(p)));\n"
        + "}"));
    DisplayData shown = kernel.eval("var config = RejectionConfig.defaults().withSamples(4000)\n"
        + "    .withLogBound(7 * Math.log(0.7) + 3 * Math.log(0.3));\n"
        + "Rejection.run(coin(flips), config, Rng.seeded(1)).named(\"p\")");
    assertNotNull(shown);
    String html = text(shown, "text/html");
    assertTrue(html.contains("<table") && html.contains("mean"), html);
    assertTrue(text(shown, "image/svg+xml").contains("<svg"));
    assertTrue(text(shown, "text/plain").contains("p"));
    Object mean = kernel.evalRaw("Rejection.run(coin(flips), config, Rng.seeded(1)).named(\"p\")"
        + ".mean(\"p\")");
    assertEquals(2.0 / 3.0, (Double) mean, 0.0093, "seed 1, N 4000, mean " + mean);
  }

  /** A plain Java value shows as text; a declaration shows nothing. */
  @Test
  void valuesShowAsText() throws Exception {
    assertEquals("42", text(kernel.eval("int answer = 6 * 7;\nanswer"), "text/plain"));
    assertNull(kernel.eval("int unused = 1;"));
  }

  /**
   * {@code %%ppl} reads a Java variable as data and binds its posterior to a Java variable:
   * exact enumeration of one flip, so the posterior mean of {@code x} is exactly 0.25.
   */
  @Test
  void pplCellUsesJavaDataAndBindsItsPosterior() throws Exception {
    kernel.displayed.clear();
    kernel.eval("Map<String, Object> prior = Map.of(\"q\", 0.25);");
    assertNull(kernel.eval("\n%%ppl enumerate --data prior --out fromPpl\n"
        + "data q : Real\nx ~ bernoulli(q)\nreturn x"));
    assertEquals(1, kernel.displayed.size());
    assertTrue(text(kernel.displayed.get(0), "text/html").contains("<table"));
    Object posterior = kernel.evalRaw("fromPpl");
    assertTrue(posterior instanceof Posterior<?>);
    assertEquals(0.25, (Double) kernel.evalRaw("fromPpl.mean(\"x\")"), 1e-12);
  }

  /** A compiler error names the cell's line and column and quotes the line, without Java frames. */
  @Test
  void compilerErrorsShowTheCellLine() {
    PplError error = assertThrows(PplError.class,
        () -> kernel.eval("int ok = 1;\nint bad = nosuchName + 1;"));
    String message = error.getMessage();
    assertTrue(message.startsWith("cell[") && message.contains("]:2:11: error: cannot find symbol"),
        message);
    assertTrue(message.contains("int bad = nosuchName + 1;"), message);
    assertFalse(message.contains("\tat "), message);
    assertEquals(List.of(message.split("\n")), kernel.formatError(error).stream()
        .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", "")).toList());
  }

  /** An exception inside a model run shows ppl4j's error text. */
  @Test
  void pplErrorsInsideAModelRunShowTheirText() {
    PplError error = assertThrows(PplError.class,
        () -> kernel.eval("Enumerator.run(sample(normal(0, -1)), EnumeratorConfig.defaults())"));
    assertEquals("error: normal: parameter 'sigma' must be > 0, got -1.0", error.getMessage());
    PplError thrown = assertThrows(PplError.class, () -> kernel.eval("int[] a = new int[1];\na[3]"));
    assertTrue(thrown.getMessage().startsWith(
        "error: the cell threw java.lang.ArrayIndexOutOfBoundsException"), thrown.getMessage());
  }

  /** An error in a {@code %%ppl} cell's program is the {@code .ppl} diagnostic, at its line. */
  @Test
  void pplCellErrorsAreDiagnostics() {
    PplError error = assertThrows(PplError.class,
        () -> kernel.eval("%%ppl enumerate\nx ~ bernoulli(0.5)\nreturn nosuch"));
    assertTrue(error.getMessage().contains(":2:8: error: "), error.getMessage());
    assertTrue(error.getMessage().contains("nosuch"), error.getMessage());
  }

  /** Magics other than {@code %%ppl} are errors that say what the kernel has. */
  @Test
  void otherMagicsAreErrors() {
    assertEquals("error: unknown line magic '%jars'; this kernel has only the cell magic %%ppl"
        + " (ppl4j is already on the class path)",
        assertThrows(PplError.class, () -> kernel.eval("%jars x.jar")).getMessage());
    assertEquals("error: unknown cell magic '%%bash'; this kernel has %%ppl",
        assertThrows(PplError.class, () -> kernel.eval("%%bash\nls")).getMessage());
    assertEquals("error: a %%ppl cell needs a program after its first line",
        assertThrows(PplError.class, () -> kernel.eval("%%ppl enumerate")).getMessage());
  }

  /** JShell's completion sees the DSL's static imports; {@code %%ppl} cells complete .ppl. */
  @Test
  void completesDslNames() {
    String code = "int k = 1;\nvar m = sample(bern";
    ReplacementOptions options = kernel.complete(code, code.length());
    assertNotNull(options);
    assertTrue(options.getReplacements().stream().anyMatch(s -> s.startsWith("bernoulli")),
        options.getReplacements().toString());
    assertEquals(code.length() - "bern".length(), options.getSourceStart());
    assertEquals(code.length(), options.getSourceEnd());
    String ppl = "%%ppl\nx ~ bern";
    assertTrue(kernel.complete(ppl, ppl.length()).getReplacements().contains("bernoulli"));
  }

  @Test
  void judgesCompleteness() {
    assertEquals("complete", kernel.isComplete("int x = 1;\nx + 1"));
    assertEquals("    ", kernel.isComplete("double f(double x) {"));
    assertEquals("", kernel.isComplete("var m = sample(normal(0,"));
    assertEquals("complete", kernel.isComplete("%%ppl\nreturn 1"));
  }

  /** The runner's installer names this module's entry point, which it cannot see by type. */
  @Test
  void installerNamesThisEntryPoint() {
    assertEquals(JavaKernelMain.class.getName(), org.ppl4j.runner.kernel.JavaKernelSpec.MAIN_CLASS);
  }
}
