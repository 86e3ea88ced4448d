package org.ppl4j.compiler;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ppl4j.compiler.eval.ValueText;

/**
 * Every program in {@code programs/} runs (seed 1, one forward run that adds up its scores)
 * and prints exactly its {@code .out}: the returned value, and its log weight when it is not
 * zero (10 significant digits).
 */
class ProgramGoldenTest {

  @TestFactory
  Stream<DynamicTest> programs() {
    return GoldenFiles.programs("programs").stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
  }

  static String output(Path program) {
    String source = GoldenFiles.read(program);
    Program compiled = PplCompiler.compile(program.getFileName().toString(), source);
    SeededRun run = SeededRun.run(compiled.model(Map.of()), 1);
    String out = ValueText.of(run.value());
    if (run.logWeight() != 0) {
      out += "\nlog_weight: " + (Double.isInfinite(run.logWeight())
          ? ValueText.real(run.logWeight())
          : String.format(java.util.Locale.ROOT, "%.10g", run.logWeight()));
    }
    return out;
  }

  private static void run(Path program) {
    GoldenFiles.check(GoldenFiles.sibling(program, ".out"), output(program));
  }
}
