package org.ppl4j.runner.dt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.DtArchitecture;
import org.ppl4j.pfn.dt.DtTrainConfig;
import org.ppl4j.pfn.dt.DtTrainer;
import org.ppl4j.pfn.dt.GmmMetaPrior;
import org.ppl4j.pfn.dt.ModelLikelihood;
import org.ppl4j.pfn.dt.TrainingRanges;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.gpu.BackendSelection;
import org.ppl4j.pfn.tensor.gpu.DeviceChoice;
import org.ppl4j.pfn.tensor.gpu.GpuUnavailableException;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.ExitCode;
import org.ppl4j.runner.cli.TrainingOptions;
import org.ppl4j.runner.cli.VersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl dt train LIKELIHOOD.ppl --out NET.dt}: trains a Distribution Transformer on random
 * Gaussian-mixture priors, latents drawn from them and observations the likelihood draws.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Train a Distribution Transformer on a .ppl likelihood (which declares 'data "
        + "theta : Real' or 'Real[]', optionally 'data n : Int', and returns its observations "
        + "as Real[] or Real[][]).")
final class DtTrainCommand implements Callable<Integer> {

  private final CommandContext context;

  @Parameters(index = "0", paramLabel = "LIKELIHOOD", description = "The .ppl likelihood.")
  Path likelihood;

  @Option(names = "--out", required = true, paramLabel = "NET.dt",
      description = "Where to write the trained network.")
  Path out;

  @Option(names = "--batch", defaultValue = "64", description = "Problems per step (${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--max-obs", defaultValue = "20",
      description = "Largest number of observations per problem (${DEFAULT-VALUE}).")
  int maxObservations;

  @Option(names = "--lr", defaultValue = "2e-3", description = "Peak learning rate (${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--width", defaultValue = "32", description = "Token width (${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--layers", defaultValue = "2", description = "Decoder layers (${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--latent-dim", description = "Dimension of a Real[] latent 'theta'.")
  Optional<Integer> latentDim;

  @Option(names = "--components", defaultValue = "5",
      description = "Largest number of prior components (${DEFAULT-VALUE}).")
  int components;

  @Option(names = "--mean-range", defaultValue = "-5,5", split = ",", paramLabel = "LO,HI",
      description = "Range of the prior component means (${DEFAULT-VALUE}).")
  double[] meanRange;

  @Option(names = "--scale-range", defaultValue = "0.05,3", split = ",", paramLabel = "LO,HI",
      description = "Range of the prior component scales (${DEFAULT-VALUE}).")
  double[] scaleRange;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
      description = "auto, cpu or gpu: where training runs (${DEFAULT-VALUE}: the GPU if one is "
          + "usable, else the CPU with a warning).")
  String device;

  @Mixin
  TrainingOptions training = new TrainingOptions(5000);

  DtTrainCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    DtTrainConfig config;
    GmmMetaPrior meta;
    Optional<Duration> timeLimit;
    try {
      if (meanRange.length != 2 || scaleRange.length != 2) {
        throw new IllegalArgumentException("--mean-range and --scale-range take LO,HI");
      }
      config = DtTrainConfig.defaults().withSteps(training.steps()).withBatch(batch)
          .withMaxObservations(maxObservations).withLearningRate(learningRate)
          .withSeed(training.seed(context));
      meta = new GmmMetaPrior(components, meanRange[0], meanRange[1], scaleRange[0],
          scaleRange[1], GmmMetaPrior.defaults().correlation());
      timeLimit = training.timeLimit();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    ModelLikelihood lik = ProgramLikelihoods.of(training.compile(likelihood, context), latentDim);
    DtArchitecture arch;
    try {
      arch = new DtArchitecture(lik.latentDim(), lik.observationDim(), width, training.heads(),
          layers, 2 * width, width);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    DtProgress progress = new DtProgress(context.err());
    DistributionTransformer net;
    try {
      net = new DtTrainer(backend()).train(lik, meta, arch, config, progress, timeLimit);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    try {
      net = net.withRanges(TrainingRanges.survey(lik, likelihood.getFileName().toString(),
          Files.readString(likelihood), meta, config.maxObservations(),
          org.ppl4j.semantics.random.Rng.seeded(config.seed()).split()));
    } catch (IOException e) {
      throw new UserError("cannot read '" + likelihood + "': " + e.getMessage());
    }
    try {
      net.save(out);
    } catch (IOException e) {
      throw new UserError("cannot write '" + out + "': " + e.getMessage());
    }
    context.out().printf("wrote %s: %d steps, final loss %.4f, latent dimension %d, "
        + "%d values per observation, seed %d%n", out, progress.steps(), progress.loss(),
        arch.latentDim(), arch.observationDim(), config.seed());
    context.out().flush();
    return ExitCode.OK;
  }

  private Backend backend() {
    DeviceChoice choice;
    try {
      choice = DeviceChoice.parse(device);
    } catch (IllegalArgumentException e) {
      throw new UserError("--device: " + e.getMessage());
    }
    try {
      return BackendSelection.select(choice, line -> {
        context.err().println(line);
        context.err().flush();
      });
    } catch (GpuUnavailableException e) {
      throw new UserError("--device gpu: no usable GPU: " + e.getMessage());
    }
  }
}
