package org.ppl4j.bench.pfn;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.PfnTrainConfig;
import org.ppl4j.pfn.PfnTrainer;
import org.ppl4j.pfn.evaluation.HeldOutSet;
import org.ppl4j.pfn.evaluation.NllComparison;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.gpu.BackendSelection;
import org.ppl4j.pfn.tensor.gpu.DeviceChoice;
import org.ppl4j.pfn.tensor.gpu.GpuUnavailableException;
import org.ppl4j.semantics.random.Rng;

/**
 * The GP benchmark of {@code org.ppl4j.bench.pfn.GpEvaluation} on a chosen device: trains a
 * PFN on the benchmark GP prior under a wall-time budget with the real trainer (fresh datasets
 * every step, uploaded at each batch boundary), then prints the NLL table (exact GP, PFN, prior
 * predictive, gap and its standard error) on held-out datasets at n in {1, 2, 5, 10, 20, 50},
 * and {@code RESULT} lines for {@code pfn/gpu/check.sh}.
 *
 * <p>The network is the GPU size (d = 256, 6 layers, 4 heads, feed-forward 512, 1000
 * buckets); datasets have T = 64 points by default (enough for the evaluation's n &lt;= 50 plus
 * queries): drawing GP datasets costs O(T^3) on the CPU per dataset, and at T = 256 that, not
 * the GPU, would bound the steps per second.
 *
 * <p>Options ({@code --name value}): device (gpu), minutes (5), width (256), heads (4), layers
 * (6), hidden (512), decoder (512), buckets (1000), batch (128), points (64), lr (3e-4), eval
 * (1000 datasets per n), queries (10), border-samples (200000: prior draws that place the
 * buckets), seed (1).
 */
public final class DeviceGpEvaluation {

  private static final int[] CONTEXT_SIZES = {1, 2, 5, 10, 20, 50};

  private DeviceGpEvaluation() {}

  /** Entry point. */
  public static void main(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Backend backend;
    try {
      backend = BackendSelection.select(DeviceChoice.parse(o.getOrDefault("device", "gpu")),
          System.err::println);
    } catch (GpuUnavailableException e) {
      System.out.println("no usable GPU: " + e.getMessage());
      System.exit(3);
      return;
    }
    double minutes = Double.parseDouble(o.getOrDefault("minutes", "5"));
    PfnArchitecture arch = new PfnArchitecture(1, num(o, "width", 256), num(o, "heads", 4),
        num(o, "layers", 6), num(o, "hidden", 512), num(o, "decoder", 512),
        num(o, "buckets", 1000));
    PfnTrainConfig config = PfnTrainConfig.defaults().withSteps(1_000_000)
        .withBatch(num(o, "batch", 128))
        .withPoints(num(o, "points", 64))
        .withLearningRate(Double.parseDouble(o.getOrDefault("lr", "3e-4")))
        .withBorderSamples(num(o, "border-samples", 200_000))
        .withSeed(Long.parseLong(o.getOrDefault("seed", "1")));
    GpPrior gp = GpPrior.benchmark();
    System.out.printf(Locale.ROOT, "PFN on the GP prior, backend %s, %s, batch %d, T %d, lr %.1e,"
        + " budget %.1f min%n", backend.name(), arch, config.train().batch(), config.points(),
        config.train().learningRate(), minutes);
    long t0 = System.nanoTime();
    int[] done = {0};
    double[] ema = {Double.NaN};
    Pfn net = new PfnTrainer(backend).train(gp, arch, config, (step, total, nll, lr) -> {
      done[0] = step;
      ema[0] = Double.isNaN(ema[0]) ? nll : 0.98 * ema[0] + 0.02 * nll;
      if (step % 500 == 0) {
        System.out.printf(Locale.ROOT, "  step %6d  loss(ema) %.4f  lr %.2e  %.0f s%n", step,
            ema[0], lr, (System.nanoTime() - t0) / 1e9);
      }
    }, Optional.of(Duration.ofMillis((long) (minutes * 60_000))));
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "trained %d steps in %.1f s (%.2f steps/s with data "
        + "generation)%n", done[0], seconds, done[0] / seconds);
    int evalCount = num(o, "eval", 1000);
    int queries = num(o, "queries", 10);
    System.out.printf("%4s %10s %10s %10s %10s %8s%n", "n", "exact GP", "PFN", "prior",
        "PFN-exact", "se");
    Rng evalRng = Rng.seeded(987654321L);
    double gapSum = 0;
    for (int n : CONTEXT_SIZES) {
      NllComparison c = NllComparison.evaluate(net, gp,
          HeldOutSet.draw(gp, n, queries, evalCount, evalRng.split()));
      double gap = NllComparison.meanDifference(c.pfn(), c.exact());
      gapSum += gap;
      System.out.printf(Locale.ROOT, "%4d %10.4f %10.4f %10.4f %10.4f %8.4f%n", n,
          NllComparison.mean(c.exact()), NllComparison.mean(c.pfn()),
          NllComparison.mean(c.prior()), gap, NllComparison.standardError(c.pfn(), c.exact()));
    }
    System.out.printf(Locale.ROOT, "RESULT gp_train_steps %d%nRESULT gp_mean_gap_nats %.4f%n",
        done[0], gapSum / CONTEXT_SIZES.length);
  }

  private static int num(Map<String, String> o, String name, int dflt) {
    return Integer.parseInt(o.getOrDefault(name, String.valueOf(dflt)));
  }
}
