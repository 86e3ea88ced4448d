package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ppl4j.compiler.diagnostics.DiagnosticRenderer;
import org.ppl4j.compiler.diagnostics.PplException;

/**
 * Every bad program in {@code errors/} fails, at compile time or when its model runs (seed 1),
 * with exactly the diagnostic in its {@code .err} (LANGUAGE.md §7).
 */
class ErrorGoldenTest {

  @TestFactory
  Stream<DynamicTest> errors() {
    return GoldenFiles.programs("errors").stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
  }

  @Test
  void thereAreAtLeastThirtyBadPrograms() {
    assertTrue(GoldenFiles.programs("errors").size() >= 30);
  }

  private static void run(Path program) {
    String source = GoldenFiles.read(program);
    String name = program.getFileName().toString();
    String rendered;
    try {
      Program compiled = PplCompiler.compile(name, source);
      SeededRun.run(compiled.model(Map.of()), 1);
      throw new AssertionError(name + " ran without an error");
    } catch (PplException e) {
      rendered = DiagnosticRenderer.render(e.diagnostic(), source);
    }
    assertFalse(rendered.contains("Exception") || rendered.contains("java."),
        "diagnostic names a Java class: " + rendered);
    GoldenFiles.check(GoldenFiles.sibling(program, ".err"), rendered);
  }
}
