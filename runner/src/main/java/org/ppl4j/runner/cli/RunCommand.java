package org.ppl4j.runner.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.check.Suggestions;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.data.DataSet;
import org.ppl4j.runner.method.InferenceMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.method.ResamplerKind;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.runner.progress.ProgressBar;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ppl run FILE [options]}: compiles a program, loads its data, runs the chosen inference
 * method and prints the posterior summary (LANGUAGE.md §8), optionally writing the draws as CSV.
 */
@Command(name = "run", sortOptions = false,
    description = "Run inference on a .ppl program and print a posterior summary.")
final class RunCommand extends ProgramCommand {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .ppl program.")
  Path file;

  @Option(names = "--data", paramLabel = "FILE",
      description = "Data: a JSON object keyed by data names, or a CSV file with a header.")
  Path data;

  @Option(names = "--method", paramLabel = "M",
      description = "The inference method (listed below).")
  String method;

  @Option(names = "--particles", paramLabel = "N", description = "Particles (SMC, importance).")
  Integer particles;

  @Option(names = "--resampler", paramLabel = "KIND",
      description = "Resampling scheme: ${COMPLETION-CANDIDATES}.")
  ResamplerKind resampler;

  @Option(names = "--ess-threshold", paramLabel = "X",
      description = "Resample when ESS/particles falls below X, in [0, 1].")
  Double essThreshold;

  @Option(names = "--samples", paramLabel = "N", description = "Draws kept per chain.")
  Integer samples;

  @Option(names = "--warmup", paramLabel = "N", description = "Draws discarded per chain first.")
  Integer warmup;

  @Option(names = "--chains", paramLabel = "N", description = "Independent MCMC chains.")
  Integer chains;

  @Option(names = "--mcmc-steps", paramLabel = "N",
      description = "MH moves per rejuvenation (rmsmc) or per kept draw.")
  Integer mcmcSteps;

  @Option(names = "--seed", paramLabel = "S",
      description = "Random seed (default: a fresh one, printed in the output).")
  Long seed;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--diagnostics",
      description = "With --format json, also give the run's diagnostics (chains, draws, exact,"
          + " acceptance_rate, divergences, ess_min) as keys after time_s.")
  boolean diagnostics;

  @Option(names = "--draws", paramLabel = "OUT.csv",
      description = "Also write every draw as CSV (a weight column when weighted, a chain"
          + " column for MCMC; nuts writes CmdStan files OUT_1.csv, OUT_2.csv, ... per chain).")
  Path draws;

  @Option(names = "--plot", paramLabel = "OUT.svg",
      description = "Also write the posterior's plots as one SVG, as a notebook shows"
          + " them: histograms (up to 9 leaves), MCMC traces, SMC's ESS per step.")
  Path plot;

  @Option(names = "--net", paramLabel = "FILE",
      description = "A trained network for --method dt (from 'ppl dt train').")
  Path net;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no warnings.")
  boolean quiet;

  RunCommand(CommandContext context) {
    super(context);
  }

  @Override
  int execute() {
    InferenceMethod chosen = chooseMethod();
    MethodOptions options = methodOptions();
    warnUnread(chosen, options);
    Program program = compile(file);
    DataSet dataSet = DataLoader.load(program.dataInputs(), Optional.ofNullable(data),
        chosen.extraDataNames());
    if (!quiet) {
      dataSet.warnings().forEach(context.err()::println);
      context.err().flush();
    }
    long usedSeed = seed != null ? seed : context.seedSource().getAsLong();
    Progress progress = quiet || !context.errIsTerminal()
        ? Progress.silent() : ProgressBar.onTerminal(context.err());
    long start = context.nanoClock().getAsLong();
    Posterior<Value> posterior = chosen.run(new InferenceProblem(program, dataSet.values(),
        dataSet.extras()), options,
        Rng.seeded(usedSeed), progress, Optional.ofNullable(draws), usedSeed);
    double seconds = (context.nanoClock().getAsLong() - start) / 1e9;
    Optional<Path> runnerDraws = chosen.writesOwnDraws() ? Optional.empty() : Optional.ofNullable(draws);
    RunOutput.write(new RunOutput.Request(program, chosen.name(), usedSeed, posterior, seconds,
        format, diagnostics, runnerDraws, Optional.ofNullable(plot)), context.out());
    return ExitCode.OK;
  }

  private InferenceMethod chooseMethod() {
    if (method == null) {
      return context.methods().defaultMethod().orElseThrow(() ->
          new ParameterException(spec.commandLine(), "no inference method is available"));
    }
    return context.methods().find(method).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "unknown method '" + method + "'"
            + Suggestions.hint(method, context.methods().names())
            + "; the methods are: " + String.join(", ", context.methods().names())));
  }

  private MethodOptions methodOptions() {
    try {
      return new MethodOptions(optional(particles), Optional.ofNullable(resampler),
          essThreshold == null ? OptionalDouble.empty() : OptionalDouble.of(essThreshold),
          optional(samples), optional(warmup), optional(chains), optional(mcmcSteps),
          Optional.ofNullable(net));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void warnUnread(InferenceMethod chosen, MethodOptions options) {
    Set<MethodOption> unread = EnumSet.allOf(MethodOption.class);
    unread.removeAll(chosen.reads());
    for (MethodOption option : unread) {
      if (options.isGiven(option) && !quiet) {
        context.err().println("warning: method '" + chosen.name() + "' does not use "
            + option.flag() + " (ignored)");
      }
    }
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
