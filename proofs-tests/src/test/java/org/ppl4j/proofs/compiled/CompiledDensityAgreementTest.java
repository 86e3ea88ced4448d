package org.ppl4j.proofs.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.ProgramTarget;

/**
 * The compiled log density (issue 17: recorded once, replayed) is a new block, proven like the
 * others: for every example program of {@code examples/} (posteriordb translations included)
 * that NUTS can run, and for the benchmark programs of {@code bench/vectorised}, the compiled
 * path gives the interpreter's log density, every partial and every reported output (the
 * program's result, replayed too) to 1e-9 relative (1e-9 absolute near zero) at 8 points
 * (seed 17, unconstrained coordinates N(0, 0.7^2)), and rejects exactly the points the
 * interpreter rejects. The programs NUTS is benchmarked on must compile (not
 * fall back); a program that branches on a parameter must fall back, saying why.
 */
class CompiledDensityAgreementTest {
  private static final Path ROOT = Path.of("..");
  private static final double TOLERANCE = 1e-9;
  /** Programs that must take the compiled path (the benchmarks and posteriordb). */
  private static final Set<String> MUST_COMPILE = Set.of("radon.ppl", "radon_scalar.ppl",
      "regression.ppl", "regression_scalar.ppl", "eight_schools-eight_schools_noncentered.ppl",
      "kidiq-kidscore_interaction.ppl", "earnings-logearn_height.ppl",
      "mesquite-logmesquite_logvolume.ppl", "arK-arK.ppl", "linear_regression.ppl",
      "logistic_regression.ppl", "normal_mean.ppl");

  @TestFactory
  List<DynamicTest> everyExampleAgreesWithTheInterpreter() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> programs;
    try (Stream<Path> files = Stream.concat(Files.walk(ROOT.resolve("examples")),
        Files.walk(ROOT.resolve("bench/vectorised")))) {
      programs = files.filter(p -> p.toString().endsWith(".ppl"))
          .filter(p -> !p.toString().contains("/target/")).sorted().toList();
    }
    assertTrue(programs.size() >= 25, "programs found: " + programs.size());
    for (Path program : programs) {
      tests.add(DynamicTest.dynamicTest(program.getFileName().toString(),
          () -> check(program)));
    }
    return tests;
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    Program program = PplCompiler.compile(name, Files.readString(file));
    Optional<Path> data = dataFor(file);
    java.util.Map<String, org.ppl4j.semantics.value.Value> values;
    try {
      values = DataLoader.load(program.dataInputs(), data).values();
    } catch (org.ppl4j.runner.UserError noData) {
      assertTrue(!MUST_COMPILE.contains(name), name + ": " + noData.getMessage());
      return; // a model for another command (dt, pfn) whose data the network supplies
    }
    ProgramTarget compiled;
    ProgramTarget interpreted;
    try {
      compiled = new ProgramTarget(program.model(values), program.resultName(),
          program.drawRoles(), true);
      interpreted = new ProgramTarget(program.model(values), program.resultName(),
          program.drawRoles(), false);
    } catch (RuntimeException notForNuts) {
      assertTrue(!MUST_COMPILE.contains(name), name + " is not a NUTS program: " + notForNuts);
      return; // discrete draws that are not generated quantities: NUTS refuses the program
    }
    int d = compiled.dimension();
    Random random = new Random(17);
    int compared = 0;
    for (int k = 0; k < 8; k++) {
      double[] x = new double[d];
      for (int i = 0; i < d; i++) {
        x[i] = 0.7 * random.nextGaussian();
      }
      double[] expectedGradient = new double[d];
      double expected;
      try {
        expected = interpreted.logDensity(x, expectedGradient);
      } catch (IllegalArgumentException rejected) {
        double[] g = new double[d];
        try {
          double actual = compiled.logDensity(x, g);
          fail(name + ": the interpreter rejects " + java.util.Arrays.toString(x)
              + " (" + rejected.getMessage() + ") but the compiled density gives " + actual);
        } catch (IllegalArgumentException alsoRejected) {
          assertEquals(rejected.getMessage(), alsoRejected.getMessage(), name);
        }
        continue;
      }
      double[] gradient = new double[d];
      double actual = compiled.logDensity(x, gradient);
      assertClose(expected, actual, name + " log density");
      for (int i = 0; i < d; i++) {
        assertClose(expectedGradient[i], gradient[i], name + " partial " + i);
      }
      double[] expectedOutputs = interpreted.outputs(x);
      double[] outputs = compiled.outputs(x);
      assertEquals(expectedOutputs.length, outputs.length, name + " outputs");
      for (int i = 0; i < outputs.length; i++) {
        assertClose(expectedOutputs[i], outputs[i], name + " output " + i);
      }
      compared++;
    }
    String path = compiled.densityPath();
    if (MUST_COMPILE.contains(name)) {
      assertTrue(path.startsWith("compiled"), name + ": " + path);
      assertTrue(compared >= 6, name + ": only " + compared + " points compared");
    }
    System.out.println("compiled density: " + name + ": " + path);
  }

  private static void assertClose(double expected, double actual, String what) {
    if (Double.compare(expected, actual) == 0) {
      return;
    }
    assertTrue(Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected)),
        what + ": compiled " + actual + ", interpreted " + expected);
  }

  /** The data file next to a program: the same name with .json or .csv, if any. */
  private static Optional<Path> dataFor(Path program) {
    String base = program.getFileName().toString().replaceAll("\\.ppl$", "");
    for (String ext : List.of(".json", ".csv")) {
      Path p = program.resolveSibling(base + ext);
      if (Files.exists(p)) {
        return Optional.of(p);
      }
    }
    if (program.toString().contains("bench/vectorised")) {
      Path p = ROOT.resolve("examples").resolve(base.replace("_scalar", ""))
          .resolve(base.replace("_scalar", "") + ".csv");
      return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
    return Optional.empty();
  }

  @Test
  void aBranchOnAParameterFallsBackToTheInterpreterAndSaysWhy() {
    Program program = PplCompiler.compile("branch.ppl", String.join("\n",
        "x ~ normal(0, 1)",
        "let m = if x > 0 { 1.0 } else { -1.0 }",
        "observe 0.5 ~ normal(m * x, 1)",
        "return {x: x}", ""));
    var values = DataLoader.parse(program.dataInputs(), "none.json", "{}").values();
    ProgramTarget target = new ProgramTarget(program.model(values), program.resultName(),
        program.drawRoles(), true);
    double[] g = new double[1];
    // on both sides of the branch: a replay of the x > 0 path at x < 0 would give
    // -(0.5 - x)^2 / 2 with m = 1, which differs from the interpreter's m = -1
    double above = target.logDensity(new double[] {0.8}, g);
    double below = target.logDensity(new double[] {-0.8}, g);
    double c = -0.5 * Math.log(2 * Math.PI);
    assertEquals(2 * c - 0.5 * 0.64 - 0.5 * (0.5 - 0.8) * (0.5 - 0.8), above, 1e-12);
    assertEquals(2 * c - 0.5 * 0.64 - 0.5 * (0.5 - 0.8) * (0.5 - 0.8), below, 1e-12);
    assertTrue(target.densityPath().startsWith("interpreted: the program reads the value"),
        target.densityPath());
  }

}
