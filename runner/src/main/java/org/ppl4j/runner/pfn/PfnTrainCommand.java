package org.ppl4j.runner.pfn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ppl4j.compiler.Program;
import org.ppl4j.pfn.model.PfnArchitecture;
import org.ppl4j.pfn.predict.Pfn;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.pfn.train.TrainConfig;
import org.ppl4j.pfn.train.Trainer;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppl pfn train PRIOR.ppl --out NET.pfn}: trains a PFN on datasets the prior draws. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a PFN on datasets drawn from a .ppl prior (which declares 'data n : Int' "
        + "and returns {x: ..., y: ..., latents...}).")
final class PfnTrainCommand implements Callable<Integer> {

  private final CommandContext context;

  @Parameters(index = "0", paramLabel = "PRIOR", description = "The .ppl prior over datasets.")
  Path prior;

  @Option(names = "--out", required = true, paramLabel = "NET.pfn",
      description = "Where to write the trained network.")
  Path out;

  @Option(names = "--steps", defaultValue = "2000", description = "Optimiser steps (${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--batch", defaultValue = "32", description = "Datasets per step (${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--points", defaultValue = "64",
      description = "Points per training dataset, context plus queries (${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--seed", description = "Seed of initialisation and data (default: random).")
  Optional<Long> seed;

  @Option(names = "--target", defaultValue = "y",
      description = "'y' (posterior predictive) or the name of a latent the prior returns.")
  String target;

  @Option(names = "--lr", defaultValue = "1e-3", description = "Peak learning rate (${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--buckets", defaultValue = "100", description = "Output buckets K (${DEFAULT-VALUE}).")
  int buckets;

  @Option(names = "--width", defaultValue = "64", description = "Model width (${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--layers", defaultValue = "4", description = "Encoder layers (${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--heads", defaultValue = "4", description = "Attention heads (${DEFAULT-VALUE}).")
  int heads;

  @Option(names = "--border-samples", defaultValue = "100000",
      description = "Prior draws of the target used to place the buckets (${DEFAULT-VALUE}).")
  int borderSamples;

  @Option(names = "--context-groups", defaultValue = "1",
      description = "Context sizes drawn per step; the batch is split into this many groups "
          + "(${DEFAULT-VALUE}).")
  int contextGroups;

  @Option(names = "--minutes", description = "Stop after this much wall time (the schedule "
      + "adapts; results then depend on the machine's speed).")
  Optional<Double> minutes;

  @Option(names = "--debug", description = "On an internal error, print the Java stack trace.")
  boolean debug;

  @Mixin
  DeviceOption device;

  PfnTrainCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    TrainConfig config;
    PfnArchitecture arch;
    try {
      config = TrainConfig.defaults().withSteps(steps).withBatch(batch).withPoints(points)
          .withLearningRate(learningRate).withBorderSamples(borderSamples).withTarget(target)
          .withSeed(seed.orElseGet(context.seedSource()::getAsLong))
          .withContextGroups(contextGroups);
      arch = new PfnArchitecture(1, width, heads, layers, 2 * width, 2 * width, buckets);
      if (minutes.isPresent() && !(minutes.get() > 0)) {
        throw new IllegalArgumentException("--minutes must be > 0, got " + minutes.get());
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    DatasetPrior datasetPrior = ProgramPriors.of(compile(prior));
    arch = new PfnArchitecture(datasetPrior.xDim(), arch.width(), arch.heads(), arch.layers(),
        arch.hiddenWidth(), arch.decoderWidth(), arch.buckets());
    TrainingProgress progress = new TrainingProgress(context);
    Pfn net;
    try {
      net = new Trainer(device.backend(context)).train(datasetPrior, arch, config, progress,
          minutes.map(m -> Duration.ofMillis((long) (m * 60_000))));
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
