package org.ppl4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles and runs programs under every cheap method with a small budget: generated programs
 * ({@link ProgramGenerator}) and, for the committed findings of issue 20, literal program text
 * (the input's bytes after a first byte that picks the method). Every run must succeed or fail
 * with a user error, within the time limit, and never print NaN or infinity without a warning.
 */
class ProgramFuzzTest {
  /** The methods and their small budgets, one picked per input. */
  private static final List<List<String>> METHODS = List.of(
      List.of("--method", "smc", "--particles", "50"),
      List.of("--method", "importance", "--particles", "50"),
      List.of("--method", "forward", "--samples", "50"),
      List.of("--method", "mh", "--samples", "50", "--warmup", "50", "--chains", "2"),
      List.of("--method", "enumerate"),
      List.of("--method", "rmsmc", "--particles", "30"),
      List.of("--method", "nuts", "--samples", "20", "--warmup", "20", "--chains", "1"));

  @FuzzTest(maxDuration = "10s")
  void runGeneratedPrograms(FuzzedDataProvider data) {
    List<String> method = METHODS.get(data.consumeInt(0, METHODS.size() - 1));
    String program = ProgramGenerator.program(data);
    run(program, method);
  }

  @FuzzTest(maxDuration = "10s")
  void runProgramText(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    List<String> method = METHODS.get(Byte.toUnsignedInt(bytes[0]) % METHODS.size());
    String program = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    run(program, method);
  }

  private static void run(String program, List<String> method) {
    String file = CommandOracle.file(".ppl", program.getBytes(StandardCharsets.UTF_8)).toString();
    List<String> args = new ArrayList<>(List.of("run", file, "--seed", "1"));
    args.addAll(method);
    CommandOracle.check(args, program, false);
  }
}
