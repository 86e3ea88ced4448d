package org.ppl4j.bench.pfn;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * Prints the GFLOP/s of the CPU backend's GEMM on the shapes a small PFN uses (rows x in x out),
 * plain and with a transposed operand, against EJML's single-threaded float product (the
 * reason the CPU backend uses its own kernel), for choosing the architecture.
 */
public final class GemmBenchmark {

  private GemmBenchmark() {}

  /** Entry point: {@code GemmBenchmark [threads]}. */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0])
        : Runtime.getRuntime().availableProcessors();
    Backend be = CpuBackend.withThreads(threads);
    int[][] shapes = {{2048, 64, 64}, {2048, 64, 128}, {2048, 128, 64}, {2048, 128, 128},
        {1024, 128, 256}, {512, 512, 512}};
    System.out.printf("threads %d%n%-18s %10s %10s %10s %12s%n", threads, "m x k x n",
        "NN GF/s", "NT GF/s", "TN GF/s", "EJML 1 thr");
    for (int[] s : shapes) {
      int m = s[0];
      int k = s[1];
      int n = s[2];
      Storage a = random(be, m * k);
      Storage b = random(be, k * n);
      Storage bt = random(be, n * k);
      Storage at = random(be, k * m);
      Storage c = be.allocate(m * n);
      double nn = rate(() -> be.gemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n),
          2.0 * m * n * k);
      double nt = rate(() -> be.gemm(false, true, m, n, k, 1f, a, 0, k, bt, 0, k, 0f, c, 0, n),
          2.0 * m * n * k);
      double tn = rate(() -> be.gemm(true, false, m, n, k, 1f, at, 0, m, b, 0, n, 0f, c, 0, n),
          2.0 * m * n * k);
      FMatrixRMaj ea = new FMatrixRMaj(m, k, true, be.download(a));
      FMatrixRMaj eb = new FMatrixRMaj(k, n, true, be.download(b));
      FMatrixRMaj ec = new FMatrixRMaj(m, n);
      double ejml = rate(() -> CommonOps_FDRM.mult(ea, eb, ec), 2.0 * m * n * k);
      System.out.printf("%-18s %10.2f %10.2f %10.2f %12.2f%n", m + "x" + k + "x" + n, nn, nt,
          tn, ejml);
    }
  }

  private static Storage random(Backend be, int size) {
    float[] v = new float[size];
    long x = 12345;
    for (int i = 0; i < size; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      v[i] = ((x >>> 40) / (float) (1 << 24)) - 0.5f;
    }
    return be.upload(v);
  }

  private static double rate(Runnable op, double flops) {
    for (int i = 0; i < 20; i++) {
      op.run();
    }
    int reps = 0;
    long start = System.nanoTime();
    long end = start + 300_000_000L;
    long now;
    do {
      op.run();
      reps++;
      now = System.nanoTime();
    } while (now < end);
    return flops * reps / (now - start);
  }
}
