package org.ppl4j.runner.dt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ppl4j.compiler.Program;
import org.ppl4j.pfn.backend.Backend;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.DtArchitecture;
import org.ppl4j.pfn.dt.DtTrainConfig;
import org.ppl4j.pfn.dt.DtTrainer;
import org.ppl4j.pfn.dt.GmmMetaPrior;
import org.ppl4j.pfn.dt.ModelLikelihood;
import org.ppl4j.pfn.gpu.BackendSelection;
import org.ppl4j.pfn.gpu.DeviceChoice;
import org.ppl4j.pfn.gpu.GpuUnavailableException;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl dt train LIKELIHOOD.ppl --out NET.dt}: trains a Distribution Transformer on random
 * Gaussian-mixture priors, latents drawn from them and observations the likelihood draws.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
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

  @Option(names = "--steps", defaultValue = "5000", description = "Optimiser steps (${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--batch", defaultValue = "64", description = "Problems per step (${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--max-obs", defaultValue = "20",
      description = "Largest number of observations per problem (${DEFAULT-VALUE}).")
  int maxObservations;

  @Option(names = "--seed", description = "Seed of initialisation and data (default: random).")
  Optional<Long> seed;

  @Option(names = "--lr", defaultValue = "2e-3", description = "Peak learning rate (${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--width", defaultValue = "32", description = "Token width (${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--layers", defaultValue = "2", description = "Decoder layers (${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--heads", defaultValue = "4", description = "Attention heads (${DEFAULT-VALUE}).")
  int heads;

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

  @Option(names = "--minutes", description = "Stop after this much wall time (the schedule "
      + "adapts; results then depend on the machine's speed).")
  Optional<Double> minutes;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
      description = "auto, cpu or gpu: where training runs (${DEFAULT-VALUE}: the GPU if one is "
          + "usable, else the CPU with a warning).")
  String device;

  @Option(names = "--debug", description = "On an internal error, print the Java stack trace.")
  boolean debug;

  DtTrainCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    DtTrainConfig config;
    GmmMetaPrior meta;
    try {
      if (meanRange.length != 2 || scaleRange.length != 2) {
        throw new IllegalArgumentException("--mean-range and --scale-range take LO,HI");
      }
      config = DtTrainConfig.defaults().withSteps(steps).withBatch(batch)
          .withMaxObservations(maxObservations).withLearningRate(learningRate)
          .withSeed(seed.orElseGet(context.seedSource()::getAsLong));
      meta = new GmmMetaPrior(components, meanRange[0], meanRange[1], scaleRange[0],
          scaleRange[1], GmmMetaPrior.defaults().correlation());
      if (minutes.isPresent() && !(minutes.get() > 0)) {
        throw new IllegalArgumentException("--minutes must be > 0, got " + minutes.get());
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    ModelLikelihood lik = ProgramLikelihoods.of(compile(likelihood), latentDim);
    DtArchitecture arch;
    try {
      arch = new DtArchitecture(lik.latentDim(), lik.observationDim(), width, heads, layers,
          2 * width, width);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    DtProgress progress = new DtProgress(context.err());
    DistributionTransformer net;
    try {
      net = new DtTrainer(backend()).train(lik, meta, arch, config, progress,
          minutes.map(m -> Duration.ofMillis((long) (m * 60_000))));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
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

  private Program compile(Path file) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new UserError("cannot read '" + file + "': " + e.getMessage());
    }
    return context.compiler().compile(file.toString(), source);
  }
}
