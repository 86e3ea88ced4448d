package org.ppl4j.runner.pfn;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ppl4j.pfn.ContextSizes;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.PfnTrainConfig;
import org.ppl4j.pfn.PfnTrainer;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.ExitCode;
import org.ppl4j.runner.cli.TrainingOptions;
import org.ppl4j.runner.cli.VersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppl pfn train PRIOR.ppl --out NET.pfn}: trains a PFN on datasets the prior draws. */
@Command(name = "train", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Train a PFN on datasets drawn from a .ppl prior (which declares 'data n : Int' "
        + "and returns {x: ..., y: ..., latents...}).")
final class PfnTrainCommand implements Callable<Integer> {

  /**
   * Most context-size groups per step by default: on the GP benchmark 8 groups (with lr 2e-3)
   * gave a mean NLL gap of 0.101 nats after 3 minutes against 0.136 for one group (with lr 1e-3),
   * batch 32 both (bench/pfn/RESULTS.md).
   */
  static final int DEFAULT_GROUPS = 8;

  private final CommandContext context;

  @Parameters(index = "0", paramLabel = "PRIOR", description = "The .ppl prior over datasets.")
  Path prior;

  @Option(names = "--out", required = true, paramLabel = "NET.pfn",
      description = "Where to write the trained network.")
  Path out;

  @Option(names = "--batch", defaultValue = "32", description = "Datasets per step (${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--points", defaultValue = "64",
      description = "Points per training dataset, context plus queries (${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--target", defaultValue = "y",
      description = "'y' (posterior predictive) or the name of a latent the prior returns.")
  String target;

  @Option(names = "--lr", defaultValue = "2e-3", description = "Peak learning rate (${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--buckets", defaultValue = "100", description = "Output buckets K (${DEFAULT-VALUE}).")
  int buckets;

  @Option(names = "--width", defaultValue = "64", description = "Model width (${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--layers", defaultValue = "4", description = "Encoder layers (${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--border-samples", defaultValue = "100000",
      description = "Prior draws of the target used to place the buckets (${DEFAULT-VALUE}).")
  int borderSamples;

  @Option(names = "--context-groups", paramLabel = "<contextGroups>",
      description = "Context sizes drawn per step; the batch is split into this many groups "
          + "(default: the largest divisor of --batch up to " + DEFAULT_GROUPS + ").")
  Integer contextGroups;

  @Option(names = "--context-sizes", defaultValue = "uniform",
      paramLabel = "uniform|equal-queries",
      description = "How each group's context size n is drawn: uniform on [0, points - 1] as in "
          + "Muller et al., or equal-queries, with weight 1/(points - n) (${DEFAULT-VALUE}).")
  String contextSizes;

  @Mixin
  TrainingOptions training = new TrainingOptions(2000);

  @Mixin
  DeviceOption device;

  PfnTrainCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PfnTrainConfig config;
    PfnArchitecture arch;
    Optional<Duration> timeLimit;
    try {
      config = PfnTrainConfig.defaults().withSteps(training.steps()).withBatch(batch)
          .withPoints(points).withLearningRate(learningRate).withBorderSamples(borderSamples)
          .withTarget(target).withSeed(training.seed(context))
          .withContextGroups(contextGroups != null ? contextGroups : defaultGroups(batch))
          .withContextSizes(ContextSizes.parse(contextSizes));
      arch = new PfnArchitecture(1, width, training.heads(), layers, 2 * width, 2 * width,
          buckets);
      timeLimit = training.timeLimit();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    DatasetPrior datasetPrior = ProgramPriors.of(training.compile(prior, context));
    arch = new PfnArchitecture(datasetPrior.xDim(), arch.width(), arch.heads(), arch.layers(),
        arch.hiddenWidth(), arch.decoderWidth(), arch.buckets());
    TrainingProgress progress = new TrainingProgress(context);
    Pfn net;
    try {
      net = new PfnTrainer(device.backend(context)).train(datasetPrior, arch, config, progress,
          timeLimit);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } finally {
      progress.end();
    }
    try {
      net.save(out);
    } catch (IOException e) {
      throw new UserError("cannot write '" + out + "': " + e.getMessage());
    }
    context.out().printf("wrote %s: %d steps, final loss %.4f, target '%s', seed %d%n", out,
        progress.steps(), progress.loss(), net.target(), config.seed());
    context.out().flush();
    return ExitCode.OK;
  }

  /** The largest divisor of {@code batch} that is at most {@link #DEFAULT_GROUPS} (1 if none). */
  static int defaultGroups(int batch) {
    for (int g = Math.min(DEFAULT_GROUPS, batch); g > 1; g--) {
      if (batch % g == 0) {
        return g;
      }
    }
    return 1;
  }
}
