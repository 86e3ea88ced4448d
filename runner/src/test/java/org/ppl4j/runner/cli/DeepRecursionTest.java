package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LANGUAGE.md §9.4 through the command line (issue 16, item 3): recursion bounded by memory
 * only, under the methods that run a program many times on their own threads (SMC particles,
 * MH chains on a thread pool, enumeration), and a runaway recursion reported as a located user
 * error (exit 1) with no Java stack trace, within 10 s of CPU. The 120-second bounds are hang
 * guards.
 */
class DeepRecursionTest {
  private static final JsonMapper JSON = new JsonMapper();
  @TempDir Path dir;

  /** A random walk of 100,000 steps, each a draw, observed at its end: a tail recursion. */
  private static final String WALK = """
      fun walk(n, x, steps) {
        if n == 0 {
          observe 0.0 ~ normal(x, 1000)
          steps
        } else {
          step ~ normal(0, 1)
          walk(n - 1, x + step, steps + 1)
        }
      }
      return walk(100000, 0.0, 0)
      """;

  @Test
  void anEffectfulTailRecursionAHundredThousandDeepRunsUnderSmc() throws Exception {
    assertEquals(100_000.0, mean(WALK, "--method", "smc", "--particles", "8"));
  }

  @Test
  void anEffectfulTailRecursionAHundredThousandDeepRunsUnderMh() throws Exception {
    assertEquals(100_000.0, mean(WALK, "--method", "mh", "--samples", "3", "--warmup", "0",
        "--chains", "2"));
  }

  /** Each draw runs a pure non-tail recursion 100,000 deep; two chains run in parallel. */
  @Test
  void aPureNonTailRecursionAHundredThousandDeepRunsInParallelChains() throws Exception {
    String program = """
        fun sum(n) = if n == 0 { 0 } else { n + sum(n - 1) }
        x ~ normal(0, 1)
        return sum(100000) + 0 * x
        """;
    assertEquals(5_000_050_000.0, mean(program, "--method", "mh", "--samples", "3",
        "--warmup", "0", "--chains", "2"));
  }

  @Test
  void aPureNonTailRecursionAHundredThousandDeepRunsUnderEnumerate() throws Exception {
    String program = """
        fun sum(n) = if n == 0 { 0 } else { n + sum(n - 1) }
        b ~ bernoulli(0.5)
        return if b { sum(100000) } else { sum(100000) }
        """;
    assertEquals(5_000_050_000.0, mean(program, "--method", "enumerate"));
  }

  @Test
  void aRunawayRecursionIsALocatedUserErrorWithoutAStackTrace() throws Exception {
    Path file = Files.writeString(dir.resolve("runaway.ppl"), "fun f(n) = 1 + f(n + 1)\n"
        + "return f(0)\n");
    long cpu0 = processCpuNanos();
    List<String> outErr = new ArrayList<>();
    // forward: one run hits the runaway once (under the default SMC each of the 8 parallel
    // chunks of particles hits it before the run stops: 9-12 s of CPU, 6-8 s wall on 2 cores)
    int code = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run(outErr, "run",
        file.toString(), "--method", "forward", "--samples", "3", "--seed", "1"));
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    String err = outErr.get(1);
    assertEquals(1, code, err);
    assertTrue(err.contains("runaway.ppl:1:16: error: recursion too deep in 'f': its nested calls"
        + " ran out of memory (a call in tail position takes none)"), err);
    assertTrue(err.contains("    fun f(n) = 1 + f(n + 1)\n                   ^^^^^^^^"), err);
    assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("java."),
        err);
    assertTrue(cpuSeconds < 10, "took " + cpuSeconds + " s of CPU");
    System.out.printf("runaway through ppl run: %.2f s of process CPU%n", cpuSeconds);
  }

  private double mean(String program, String... options) throws Exception {
    Path file = Files.writeString(dir.resolve("deep.ppl"), program);
    List<String> args = new ArrayList<>(List.of("run", file.toString(), "--format", "json",
        "--seed", "1"));
    args.addAll(List.of(options));
    List<String> outErr = new ArrayList<>();
    int code = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> run(outErr, args.toArray(String[]::new)));
    assertEquals(0, code, outErr.get(1));
    JsonNode summary = JSON.readTree(outErr.get(0)).get("summary");
    return summary.get("value").get("mean").doubleValue();
  }

  private static int run(List<String> outErr, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    outErr.add(out.toString());
    outErr.add(err.toString());
    return code;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
