package org.ppl4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Option parsing of {@code ppl}: command lines built from the real subcommands, options and
 * awkward values (negative, huge, empty, non-numeric, paths that are directories or devices)
 * around a small valid program. Any command line must run or be rejected with a usage or user
 * error, within the time limit.
 */
class CommandLineFuzzTest {
  private static final String PROGRAM =
      "p ~ beta(1, 1)\nobserve true ~ bernoulli(p)\nreturn p\n";
  private static final String[] WORDS = {"run", "check", "--method", "smc", "mh", "nuts",
      "enumerate", "importance", "rmsmc", "pmmh", "forward", "rejection", "--particles",
      "--samples", "--warmup", "--chains", "--seed", "--ess-threshold", "--resampler",
      "systematic", "multinomial", "residual", "stratified", "--mcmc-steps", "--format", "json",
      "table", "--draws", "--plot", "--data", "--diagnostics", "--help", "--version", "0", "1",
      "-1", "2", "100", "1e9", "0.5", "-0.5", "1.5", "NaN", "abc", "", "/", "/dev/null", ".",
      "9223372036854775807", "-9223372036854775808", "2147483648"};

  @FuzzTest(maxDuration = "10s")
  void parseAnyCommandLine(FuzzedDataProvider data) {
    String program =
        CommandOracle.file(".ppl", PROGRAM.getBytes(StandardCharsets.UTF_8)).toString();
    List<String> args = new ArrayList<>(List.of("run", program));
    int n = data.consumeInt(0, 8);
    for (int i = 0; i < n; i++) {
      args.add(data.consumeBoolean() ? WORDS[data.consumeInt(0, WORDS.length - 1)]
          : data.consumeAsciiString(12));
    }
    // a path after --draws/--plot is written to: keep it to a temporary folder or a special file
    String scratch = CommandOracle.file(".csv", new byte[0]).toString();
    String[] targets = {scratch, scratch + ".svg", "/dev/null", "/dev/full", "/", "", "."};
    for (int i = 3; i < args.size(); i++) {
      String option = args.get(i - 1);
      if (option.equals("--draws") || option.equals("--plot")) {
        args.set(i, targets[Math.floorMod(args.get(i).hashCode(), targets.length)]);
      }
    }
    CommandOracle.check(args, String.join(" ", args), true);
  }
}
