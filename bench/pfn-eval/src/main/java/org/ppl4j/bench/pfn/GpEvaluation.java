package org.ppl4j.bench.pfn;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.pfn.ContextSizes;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.PfnTrainConfig;
import org.ppl4j.pfn.PfnTrainer;
import org.ppl4j.pfn.evaluation.HeldOutSet;
import org.ppl4j.pfn.evaluation.NllComparison;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/**
 * The GP benchmark of the PFN paper on the CPU: trains on the GP prior (lengthscale 0.1, output
 * scale 1, noise variance 1e-2, x ~ U[0, 1]) under a wall-time budget, then prints exact-GP,
 * PFN and prior-predictive NLL on held-out datasets at n in {1, 2, 5, 10, 20, 50}, the training
 * time and steps/s, and the time of one prediction with 100 context and 100 query points.
 *
 * <p>Options ({@code --name value}): minutes (10), steps (cap, 1000000), batch (16), points (64),
 * width (64), heads (4), layers (4), hidden (128), decoder (128), buckets (100), lr (2e-3),
 * eval (2000 datasets per n), queries (10 per dataset), seed (1), groups (8 context sizes per
 * step), context-sizes (uniform or equal-queries, see {@link ContextSizes}), threads (all), out (a
 * .pfn path to save the network).
 */
public final class GpEvaluation {

  private static final int[] CONTEXT_SIZES = {1, 2, 5, 10, 20, 50};

  private GpEvaluation() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    double minutes = Double.parseDouble(o.getOrDefault("minutes", "10"));
    int steps = Integer.parseInt(o.getOrDefault("steps", "1000000"));
    int threads = Integer.parseInt(o.getOrDefault("threads",
        String.valueOf(Runtime.getRuntime().availableProcessors())));
    PfnArchitecture arch = new PfnArchitecture(1, intOpt(o, "width", 64),
        intOpt(o, "heads", 4), intOpt(o, "layers", 4), intOpt(o, "hidden", 128),
        intOpt(o, "decoder", 128), intOpt(o, "buckets", 100));
    PfnTrainConfig config = PfnTrainConfig.defaults().withSteps(steps)
        .withBatch(intOpt(o, "batch", 16)).withPoints(intOpt(o, "points", 64))
        .withLearningRate(Double.parseDouble(o.getOrDefault("lr", "2e-3")))
        .withSeed(Long.parseLong(o.getOrDefault("seed", "1")))
        .withContextGroups(intOpt(o, "groups", 8))
        .withContextSizes(ContextSizes.parse(o.getOrDefault("context-sizes", "uniform")));
    int evalCount = intOpt(o, "eval", 2000);
    int queries = intOpt(o, "queries", 10);
    GpPrior gp = GpPrior.benchmark();
    CpuBackend backend = CpuBackend.withThreads(threads);
    System.out.printf("PFN on the GP prior (lengthscale %.2f, output scale %.1f, noise var %.0e)"
        + "%n%s%nbatch %d in %d context-size groups (%s), T %d, lr %.1e, threads %d, budget %.1f"
        + " min"
        + "%n", gp.lengthscale(), gp.outputScale(), gp.noiseVariance(), arch,
        config.train().batch(), config.contextGroups(), config.contextSizes(), config.points(),
        config.train().learningRate(), threads, minutes);
    long t0 = System.nanoTime();
    int[] done = {0};
    double[] recent = {Double.NaN};
    Pfn net = new PfnTrainer(backend).train(gp, arch, config, (step, total, nll, lr) -> {
      done[0] = step;
      recent[0] = Double.isNaN(recent[0]) ? nll : 0.98 * recent[0] + 0.02 * nll;
      if (step % 200 == 0) {
        System.out.printf("  step %6d  loss(ema) %.4f  lr %.2e  %.0f s%n", step, recent[0], lr,
            (System.nanoTime() - t0) / 1e9);
      }
    }, Optional.of(Duration.ofMillis((long) (minutes * 60_000))));
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    if (o.containsKey("out")) {
      net.save(Path.of(o.get("out")));
    }
    System.out.printf("trained %d steps in %.1f s (%.2f steps/s, %d datasets)%n%n", done[0],
        trainSeconds, done[0] / trainSeconds, (long) done[0] * config.train().batch());
    System.out.printf("%4s %10s %10s %10s %10s %8s%n", "n", "exact GP", "PFN", "prior",
        "PFN-exact", "se");
    Rng evalRng = Rng.seeded(987654321L);
    double gapSum = 0;
    for (int n : CONTEXT_SIZES) {
      HeldOutSet set = HeldOutSet.draw(gp, n, queries, evalCount, evalRng.split());
      NllComparison c = NllComparison.evaluate(net, gp, set);
      double gap = NllComparison.meanDifference(c.pfn(), c.exact());
      gapSum += gap;
      System.out.printf("%4d %10.4f %10.4f %10.4f %10.4f %8.4f%n", n,
          NllComparison.mean(c.exact()), NllComparison.mean(c.pfn()),
          NllComparison.mean(c.prior()), gap, NllComparison.standardError(c.pfn(), c.exact()));
    }
    System.out.printf("mean gap PFN - exact over n: %.4f nats (%d datasets x %d test points "
        + "per n)%n", gapSum / CONTEXT_SIZES.length, evalCount, queries);
    PredictionTiming.print(net, gp);
  }

  private static int intOpt(Map<String, String> o, String name, int dflt) {
    return Integer.parseInt(o.getOrDefault(name, String.valueOf(dflt)));
  }
}
