package org.ppl4j.runner.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.runner.pipeline.ProgramSource;
import org.ppl4j.runner.pipeline.RunPipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every network-training command shares ({@code ppl pfn train}, {@code ppl dt
 * train}), as a picocli mixin: {@code --steps}, {@code --seed}, {@code --heads},
 * {@code --minutes} and {@code --debug}, with the reading and compiling of the {@code .ppl}
 * file the network is trained on. A command declares it as
 * {@code @Mixin TrainingOptions training = new TrainingOptions(defaultSteps)}; picocli then
 * uses that instance, and {@code --steps}'s help shows the command's own default.
 */
public final class TrainingOptions {

  /** The step count of {@code --minutes} alone: training stops when the time is up. */
  public static final int UNBOUNDED_STEPS = Integer.MAX_VALUE;

  @Option(names = "--steps", description = "Optimiser steps (${DEFAULT-VALUE}; with --minutes "
      + "and no --steps, as many as the time allows).")
  private int steps;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--seed", description = "Seed of initialisation and data (default: random).")
  private Optional<Long> seed = Optional.empty();

  @Option(names = "--heads", defaultValue = "4",
      description = "Attention heads (${DEFAULT-VALUE}).")
  private int heads;

  @Option(names = "--minutes", description = "Stop after this much wall time (the schedule "
      + "adapts; results then depend on the machine's speed).")
  private Optional<Double> minutes = Optional.empty();

  @Option(names = "--debug", description = "On an internal error, print the Java stack trace.")
  private boolean debug;

  /**
   * The options of a command whose {@code --steps} defaults to {@code defaultSteps}.
   *
   * @param defaultSteps optimiser steps without {@code --steps} (validated by the trainer's
   *     config, like a given value)
   */
  public TrainingOptions(int defaultSteps) {
    this.steps = defaultSteps;
  }

  /**
   * The number of optimiser steps: {@code --steps} as given (the config validates it); with
   * {@code --minutes} and no {@code --steps}, {@link #UNBOUNDED_STEPS} (the time limit ends
   * training); else the command's default.
   */
  public int steps() {
    boolean given = mixee != null && mixee.commandLine() != null
        && mixee.commandLine().getParseResult() != null
        && mixee.commandLine().getParseResult().hasMatchedOption("--steps");
    return !given && minutes.isPresent() ? UNBOUNDED_STEPS : steps;
  }

  /** The number of attention heads, {@code --heads}, as given (the architecture validates it). */
  public int heads() {
    return heads;
  }

  /**
   * The seed of initialisation and data: {@code --seed}, else a fresh one from the context.
   *
   * @param context where a seed comes from when none is given
   */
  public long seed(CommandContext context) {
    return seed.orElseGet(context.seedSource()::getAsLong);
  }

  /**
   * The wall-time budget, {@code --minutes}, when given.
   *
   * @throws IllegalArgumentException naming the value when it is not {@code > 0}
   */
  public Optional<Duration> timeLimit() {
    if (minutes.isPresent() && !(minutes.get() > 0)) {
      throw new IllegalArgumentException("--minutes must be > 0, got " + minutes.get());
    }
    return minutes.map(m -> Duration.ofMillis((long) (m * 60_000)));
  }

  /**
   * Reads and compiles the {@code .ppl} file the network is trained on, as {@code ppl check}
   * does (through the one {@link RunPipeline}: a bad program is a {@link UserError} at its
   * place, with the source line).
   *
   * @param file the program (a prior or a likelihood)
   * @param context the compiler
   * @throws UserError when the file cannot be read or the program is bad
   */
  public Program compile(Path file, CommandContext context) {
    return context.pipeline().check(new ProgramSource.File(file), DataSource.none(), line -> { });
  }
}
