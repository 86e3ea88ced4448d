package org.ppl4j.runner.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.output.idata.InferenceDataFiles;
import org.ppl4j.runner.pipeline.OutputFiles;
import org.ppl4j.runner.pipeline.ProgramSource;
import org.ppl4j.runner.pipeline.RunRequest;
import org.ppl4j.runner.pipeline.RunResult;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.runner.progress.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl run FILE [options]}: the command line's front end of the
 * {@link org.ppl4j.runner.pipeline.RunPipeline}. It reads the arguments into a
 * {@link RunRequest} (the tuning options as written: the pipeline reads and validates them,
 * as it does a notebook's), runs it, prints the posterior summary (LANGUAGE.md §8) and writes
 * the {@code --draws} and {@code --plot} files.
 */
@Command(name = "run", sortOptions = false,
    description = "Run inference on a .ppl program and print a posterior summary.")
final class RunCommand extends ProgramCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The .ppl program.")
  Path file;

  @Mixin SharedRunOptions shared;

  @Option(names = "--particles", paramLabel = "N", description = "Particles (SMC, importance).")
  String particles;

  @Option(names = "--resampler", paramLabel = "KIND", completionCandidates = ResamplerNames.class,
      description = "Resampling scheme: ${COMPLETION-CANDIDATES}.")
  String resampler;

  @Option(names = "--ess-threshold", paramLabel = "X",
      description = "Resample when ESS/particles falls below X, in [0, 1].")
  String essThreshold;

  @Option(names = "--proposal", paramLabel = "P",
      description = "MH proposal: auto (random walk on continuous sites, prior re-draws"
          + " elsewhere; default), prior, rw.")
  String proposal;

  @Option(names = "--move", paramLabel = "M",
      description = "tempered: MCMC moves: rw (default), mala, hmc, auto (mala where it applies).")
  String move;

  @Option(names = "--max-treedepth", paramLabel = "N",
      description = "NUTS: the most trajectory doublings, 1..30 (default 10).")
  String maxTreedepth;

  @Option(names = "--init", paramLabel = "R|FILE.json",
      description = "NUTS, ADVI: initial values uniform on (-R, R), unconstrained scale"
          + " (default 2); or a JSON object of initial values by name (a file, or inline {...}).")
  String init;

  @Option(names = "--thin", paramLabel = "N", description = "NUTS: keep every N-th draw.")
  String thin;

  @Option(names = "--save-warmup",
      description = "NUTS: also write the warm-up draws to the --draws CmdStan files.")
  boolean saveWarmup;

  @Option(names = "--density", paramLabel = "D",
      description = "NUTS: compiled (record the log density once and replay it; default) or"
          + " interpreted (re-run the program for every gradient).")
  String density;

  @Option(names = "--raw",
      description = "dt, pfn: the network's own posterior, without the importance correction.")
  boolean raw;

  @Option(names = "--family", paramLabel = "F",
      description = "advi: the Gaussian approximation, meanfield (default) or fullrank.")
  String family;

  @Option(names = "--iter", paramLabel = "N",
      description = "advi: the most gradient steps (default 10000).")
  String iter;

  @Option(names = "--grad-samples", paramLabel = "N",
      description = "advi: draws per gradient estimate (default 1).")
  String gradSamples;

  @Option(names = "--elbo-samples", paramLabel = "N",
      description = "advi: draws per ELBO estimate (default 100).")
  String elboSamples;

  @Option(names = "--eta", paramLabel = "X",
      description = "advi: the step-size scale, > 0 (default: chosen by adaptation).")
  String eta;

  @Option(names = "--tol-rel-obj", paramLabel = "X",
      description = "advi: converged when the relative ELBO change is below X (default 0.01).")
  String tolRelObj;

  @Option(names = "--eval-elbo", paramLabel = "N",
      description = "advi: gradient steps between two ELBO estimates (default 100).")
  String evalElbo;

  @Option(names = "--max-paths", paramLabel = "N",
      description = "enumerate: keep the N most probable executions (default: all).")
  String maxPaths;

  @Option(names = "--max-score", paramLabel = "S",
      description = "rejection: the bound on a run's log weight (default 0).")
  String maxScore;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Stop with an error when inference runs longer than this (default: no limit).")
  String timeout;

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

  @Option(names = "--idata", paramLabel = "OUT.zarr",
      description = "Also write ArviZ's InferenceData as a Zarr store (posterior, sample_stats;"
          + " with --predict also posterior_predictive, log_likelihood, observed_data).")
  Path idata;

  @Option(names = "--predict",
      description = "Also give the posterior predictive: each observed element's replicated"
          + " values (summary; with --draws, rep.* and log_lik.* columns per draw).")
  boolean predict;

  @Option(names = "--loo",
      description = "Also give PSIS-LOO (elpd, p_loo, SE, Pareto k) and WAIC from the"
          + " pointwise log-likelihoods (MCMC draws: --method nuts or mh).")
  boolean loo;

  @Option(names = "--net", paramLabel = "FILE",
      description = "A trained network for --method dt (from 'ppl dt train').")
  Path net;

  RunCommand(CommandContext context) {
    super(context);
  }

  @Override
  int execute() {
    Progress progress = shared.quiet || !context.errIsTerminal()
        ? Progress.silent() : ProgressBar.onTerminal(context.err());
    RunRequest request = RunRequest.of(new ProgramSource.File(file), shared.dataSource())
        .withMethod(Optional.ofNullable(shared.method), optionTexts())
        .withFiles(Optional.ofNullable(draws), Optional.ofNullable(plot))
        .withPredictive(predict, loo)
        .reporting(progress, shared.warnings(context.err()));
    if (idata != null) {
      InferenceDataFiles.checkTarget(idata);
    }
    RunResult result = pipeline().run(request);
    RunOutput.print(result, shared.format, diagnostics, context.out());
    OutputFiles.write(result);
    if (idata != null) {
      InferenceDataFiles.write(result, idata)
          .forEach(shared.quiet ? line -> { } : context.err()::println);
    }
    return ExitCode.OK;
  }

  /** The tuning options given, as written, keyed as {@link RunRequest#options()} wants. */
  private Map<String, String> optionTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    put(texts, MethodOption.PARTICLES.key(), particles);
    put(texts, MethodOption.RESAMPLER.key(), resampler);
    put(texts, MethodOption.ESS_THRESHOLD.key(), essThreshold);
    shared.putMcmcOptions(texts);
    put(texts, MethodOption.NET.key(), net == null ? null : net.toString());
    put(texts, MethodOption.PROPOSAL.key(), proposal);
    put(texts, MethodOption.MOVE.key(), move);

    put(texts, MethodOption.MAX_TREEDEPTH.key(), maxTreedepth);
    put(texts, MethodOption.INIT.key(), init);
    put(texts, MethodOption.THIN.key(), thin);
    put(texts, MethodOption.SAVE_WARMUP.key(), saveWarmup ? "true" : null);
    put(texts, MethodOption.DENSITY.key(), density);
    put(texts, MethodOption.RAW.key(), raw ? "true" : null);
    put(texts, MethodOption.FAMILY.key(), family);
    put(texts, MethodOption.ITER.key(), iter);
    put(texts, MethodOption.GRAD_SAMPLES.key(), gradSamples);
    put(texts, MethodOption.ELBO_SAMPLES.key(), elboSamples);
    put(texts, MethodOption.ETA.key(), eta);
    put(texts, MethodOption.TOL_REL_OBJ.key(), tolRelObj);
    put(texts, MethodOption.EVAL_ELBO.key(), evalElbo);
    put(texts, MethodOption.MAX_PATHS.key(), maxPaths);
    put(texts, MethodOption.MAX_SCORE.key(), maxScore);
    put(texts, "seed", shared.seed);
    put(texts, "timeout", timeout);
    return texts;
  }

  private static void put(Map<String, String> texts, String key, String value) {
    SharedRunOptions.put(texts, key, value);
  }

  /** The names {@code --resampler} accepts, from the inference module's one table. */
  static final class ResamplerNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Resampler.all().stream().map(Resampler::name).iterator();
    }
  }
}
