package org.ppl4j.runner.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.pfn.BucketBorders;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.PfnNetwork;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.pfn.tensor.gpu.BackendSelection;
import org.ppl4j.pfn.tensor.gpu.DeviceChoice;
import org.ppl4j.pfn.tensor.gpu.GpuBackend;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.PplCommand;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.semantics.random.Rng;

/**
 * {@code --device} of {@code ppl pfn predict} (train shares the same option): on a machine
 * without a GPU, {@code auto} (the default) prints exactly one warning line and runs on the CPU,
 * {@code cpu} prints none, {@code gpu} is a user error (exit 1) saying why, and an unknown device
 * is a usage error (exit 2) naming it. The GPU-dependent cases are skipped where a GPU exists.
 */
class PfnDeviceOptionTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path net;
  private Path data;

  @BeforeEach
  void tinyNetwork() throws Exception {
    CpuBackend cpu = CpuBackend.withThreads(1);
    PfnArchitecture arch = new PfnArchitecture(1, 8, 2, 1, 8, 8, 10);
    double[] samples = new double[1000];
    Rng rng = Rng.seeded(1);
    for (int i = 0; i < samples.length; i++) {
      samples[i] = rng.nextGaussian();
    }
    BucketBorders borders = BucketBorders.fromSamples(samples, 10);
    PfnArchitecture a = arch.withBuckets(borders.buckets());
    net = dir.resolve("net.pfn");
    new Pfn(a, borders, "y", new PfnNetwork(a, cpu, rng), cpu).save(net);
    data = Files.writeString(dir.resolve("d.json"),
        "{\"x_train\": [0.1, 0.5], \"y_train\": [0.2, 0.4], \"x_test\": [0.3]}");
  }

  private int predict(String... extra) {
    CommandContext context = new CommandContext(new PrintWriter(out), new PrintWriter(err),
        false, (file, source) -> {
          throw new AssertionError("predict compiles nothing");
        }, StandardMethods.registry(), System::nanoTime, () -> 5L);
    String[] args = new String[4 + extra.length];
    args[0] = "pfn";
    args[1] = "predict";
    args[2] = net.toString();
    args[3] = "--data=" + data;
    System.arraycopy(extra, 0, args, 4, extra.length);
    return PplCommand.commandLine(context).execute(args);
  }

  private static boolean gpuPresent() throws Exception {
    if (BackendSelection.select(DeviceChoice.AUTO, line -> { }) instanceof GpuBackend g) {
      g.close();
      return true;
    }
    return false;
  }

  @Test
  void cpuPrintsNoWarning() {
    assertEquals(0, predict("--device", "cpu"), err.toString());
    assertEquals("", err.toString());
    assertTrue(out.toString().contains("mean"), out.toString());
  }

  @Test
  void autoWithoutGpuWarnsOnceAndRunsOnTheCpu() throws Exception {
    assumeFalse(gpuPresent(), "skipped: this machine has a GPU");
    assertEquals(0, predict(), err.toString());
    String[] lines = err.toString().strip().split("\n");
    assertEquals(1, lines.length, err.toString());
    assertTrue(lines[0].startsWith("warning: no usable GPU ("), lines[0]);
    assertTrue(lines[0].endsWith("); running on the CPU"), lines[0]);
    assertTrue(out.toString().contains("mean"), out.toString());
  }

  @Test
  void gpuWithoutGpuIsAUserError() throws Exception {
    assumeFalse(gpuPresent(), "skipped: this machine has a GPU");
    assertEquals(1, predict("--device", "gpu"));
    String e = err.toString().strip();
    assertTrue(e.startsWith("ppl: error: --device gpu: no usable GPU: "), e);
    assertFalse(e.contains("Exception") || e.contains("\tat "), e);
    assertEquals("", out.toString());
  }

  @Test
  void unknownDeviceIsAUsageError() {
    assertEquals(2, predict("--device", "cuda"));
    assertTrue(err.toString().contains("unknown device 'cuda': expected auto, cpu or gpu"),
        err.toString());
  }
}
