package org.ppl4j.bench.pfn;

import java.util.Locale;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.evaluation.FixedBatchTraining;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.tensor.Storage;
import org.ppl4j.pfn.tensor.gpu.GemmPrecision;
import org.ppl4j.pfn.tensor.gpu.GpuBackend;
import org.ppl4j.pfn.tensor.gpu.GpuConfig;
import org.ppl4j.pfn.tensor.gpu.GpuUnavailableException;
import org.ppl4j.semantics.random.Rng;

/**
 * The GPU figures of issue 6, each printed as a {@code RESULT name value} line for
 * {@code pfn/gpu/check.sh} to tabulate: the GEMM rate at 4096^3 with TF32 tensor cores and with
 * fp32, and PFN training steps per second for d = 256, 6 layers, 4 heads, feed-forward 512,
 * T = 256 points (128 context), 1000 buckets, batch 64 on the GP prior (one fixed batch on the
 * device, as the PyTorch script {@code bench/gpu/pfn_step.py} does). Prints one line and exits 3
 * when there is no usable GPU.
 *
 * <p>Usage: {@code GpuBenchmark [gemm] [step]} (both when none is named).
 */
public final class GpuBenchmark {

  private GpuBenchmark() {}

  /** Entry point. */
  public static void main(String[] args) {
    boolean all = args.length == 0;
    boolean gemm = all || java.util.Arrays.asList(args).contains("gemm");
    boolean step = all || java.util.Arrays.asList(args).contains("step");
    try (GpuBackend tf32 = GpuBackend.open(GpuConfig.defaults());
        GpuBackend fp32 = GpuBackend.open(GpuConfig.defaults().withPrecision(GemmPrecision.FP32))) {
      System.out.println("device: " + tf32.description());
      if (gemm) {
        result("gemm_tf32_tflops", gemmTflops(tf32, 4096));
        result("gemm_fp32_tflops", gemmTflops(fp32, 4096));
      }
      if (step) {
        PfnArchitecture arch = new PfnArchitecture(1, 256, 4, 6, 512, 512, 1000);
        FixedBatchTraining t =
            new FixedBatchTraining(tf32, GpPrior.benchmark(), arch, 64, 256, 128, 1);
        System.out.println("pfn parameters: " + t.parameterCount());
        for (int i = 0; i < 5; i++) {
          t.step(1e-4);
        }
        tf32.synchronize();
        long allocations = tf32.driverAllocations();
        int steps = 50;
        long t0 = System.nanoTime();
        double loss = 0;
        for (int i = 0; i < steps; i++) {
          loss = t.step(1e-4);
        }
        tf32.synchronize();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d steps in %.3f s, last loss %.4f, driver allocations "
            + "during the timed steps: %d%n", steps, seconds, loss,
            tf32.driverAllocations() - allocations);
        result("pfn_steps_per_s", steps / seconds);
      }
    } catch (GpuUnavailableException e) {
      System.out.println("no usable GPU: " + e.getMessage());
      System.exit(3);
    }
  }

  /** TFLOP/s of {@code C = A B} for {@code n x n} matrices: 3 warm-up and 10 timed products. */
  static double gemmTflops(GpuBackend be, int n) {
    Rng rng = Rng.seeded(n);
    Storage a = be.upload(random(n * n, rng));
    Storage b = be.upload(random(n * n, rng));
    Storage c = be.allocate(n * n);
    for (int i = 0; i < 3; i++) {
      be.gemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
    }
    be.synchronize();
    int reps = 10;
    long t0 = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      be.gemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
    }
    be.synchronize();
    double seconds = (System.nanoTime() - t0) / 1e9;
    be.release(a);
    be.release(b);
    be.release(c);
    return 2.0 * n * n * (double) n * reps / seconds / 1e12;
  }

  private static float[] random(int size, Rng rng) {
    float[] v = new float[size];
    for (int i = 0; i < size; i++) {
      v[i] = (float) (rng.nextDouble() - 0.5);
    }
    return v;
  }

  private static void result(String name, double value) {
    System.out.printf(Locale.ROOT, "RESULT %s %.3f%n", name, value);
  }
}
