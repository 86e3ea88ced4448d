package org.ppl4j.runner.method;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.inference.nuts.ChainDraws;
import org.ppl4j.inference.nuts.CmdStanCsv;
import org.ppl4j.inference.nuts.InitialPoint;
import org.ppl4j.inference.nuts.Nuts;
import org.ppl4j.inference.nuts.NutsChecks;
import org.ppl4j.inference.nuts.NutsConfig;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.inference.nuts.Transition;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method nuts}: the No-U-Turn Sampler ({@link Nuts}) on the program's continuous
 * draws, transformed to unconstrained space, with gradients by reverse-mode automatic
 * differentiation; {@code --samples}, {@code --warmup}, {@code --chains} (defaults 1000, 1000,
 * 4); {@code --init} a radius or initial values by name ({@link NamedInitialPoint}), the
 * same for every chain. {@code --draws OUT.csv} writes CmdStan CSV files {@code OUT_1.csv}, … one per chain.
 */
public final class NutsMethod implements InferenceMethod {

  @Override
  public String name() {
    return "nuts";
  }

  @Override
  public String description() {
    return "no-U-turn HMC; --samples --warmup --chains --adapt-delta ...";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES, MethodOption.WARMUP, MethodOption.CHAINS,
        MethodOption.ADAPT_DELTA, MethodOption.MAX_TREEDEPTH, MethodOption.INIT,
        MethodOption.THIN, MethodOption.SAVE_WARMUP, MethodOption.DENSITY);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    return run(problem, options, rng, progress, Optional.empty(), 0);
  }

  @Override
  public boolean writesOwnDraws() {
    return true;
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress, Optional<Path> draws, long seed) {
    NutsConfig config = config(options);
    ProgramTarget target = target(problem, options.hmc().compiledDensity());
    NutsResult result = sample(target, config,
        options.hmc().initialPoint(target, NutsConfig.defaults().initRadius()), rng);
    if (draws.isPresent()) {
      try {
        CmdStanCsv.write(result, draws.get(), problem.program().fileName(), seed,
            options.hmc().initValues().map(InitValues::origin));
      } catch (IOException e) {
        throw new UserError("cannot write the draws to '" + draws.get() + "'");
      }
    }
    // each kept draw's result is one run of the program (with plain numbers): spread over the
    // cores, every draw writing its own slot, so the values do not depend on the thread count
    List<List<Value>> chains = new ArrayList<>();
    for (ChainDraws chain : result.chains()) {
      Value[] values = new Value[chain.size()];
      org.ppl4j.inference.parallel.Parallelism.allCores().forEach(chain.size(), 16, i ->
          values[i] = target.result(chain.transitions().get(i).position(),
              chain.generationSeed(i)));
      chains.add(java.util.Arrays.asList(values));
    }
    double accept = result.chains().stream().flatMap(c -> c.transitions().stream())
        .mapToDouble(Transition::acceptStat).average().orElse(0);
    return Posterior.fromChains(name(), chains, Diagnostics.none()
        .withAcceptanceRate(Math.min(1, Math.max(0, accept)))
        .withDivergences(result.divergences())
        .withHamiltonian(NutsChecks.of(result))
        .withAdaptiveWarmup(config.warmup())
        .withDensity(target.densityPath())
        .withDrawStats(NutsDrawStats.of(result)));
  }

  /** Stan's defaults ({@link NutsConfig#defaults()}) with the options given. */
  static NutsConfig config(MethodOptions options) {
    NutsConfig d = NutsConfig.defaults();
    HmcOptions hmc = options.hmc();
    return d.withIterations(options.warmup().orElse(d.warmup()),
            options.samples().orElse(d.samples()), options.chains().orElse(d.chains()))
        .withTargetAcceptance(hmc.adaptDelta().orElse(d.targetAcceptance()))
        .withMaxTreeDepth(hmc.maxTreedepth().orElse(d.maxTreeDepth()))
        .withInitRadius(hmc.initRadius().orElse(d.initRadius()))
        .withOutput(hmc.thin().orElse(d.thin()), hmc.saveWarmup());
  }

  /** The program of {@code problem} as a NUTS target; user errors as the runner reports them. */
  static ProgramTarget target(InferenceProblem problem) {
    return target(problem, true);
  }

  /**
   * As {@link #target(InferenceProblem)}; with {@code compiled} false the log density is
   * always interpreted ({@code --density interpreted}).
   */
  static ProgramTarget target(InferenceProblem problem, boolean compiled) {
    try {
      return new ProgramTarget(problem.model(), problem.program().resultName(),
          problem.program().drawRoles(), compiled);
    } catch (IllegalArgumentException e) {
      throw userError(e);
    }
  }

  /** Runs NUTS on a program target; user errors as the runner reports them. */
  static NutsResult sample(ProgramTarget target, NutsConfig config, Rng rng) {
    return sample(target, config, InitialPoint.uniform(config.initRadius()), rng);
  }

  /** As {@link #sample(ProgramTarget, NutsConfig, Rng)}, every chain starting from {@code init}. */
  static NutsResult sample(ProgramTarget target, NutsConfig config, InitialPoint init, Rng rng) {
    try {
      return Nuts.sample(target, config, init, rng);
    } catch (IllegalArgumentException e) {
      RuntimeException error = userError(e);
      if (error instanceof InferenceException found && found.site() == ScoreSite.NONE
          && target.lastZeroSite() != ScoreSite.NONE) {
        // no point of positive density: show where the density vanished
        throw new InferenceException(found.getMessage()
            + "; the density is zero after this " + statement(target.lastZeroSite()),
            target.lastZeroSite());
      }
      throw error;
    }
  }

  private static String statement(ScoreSite site) {
    return site instanceof SourceScoreSite s ? s.statement() : "score";
  }

  /**
   * NUTS on the program of {@code problem}: the chains with their sampler diagnostics
   * (what {@code --method nuts} summarises), for validation suites and benchmarks.
   */
  public static NutsResult sample(InferenceProblem problem, NutsConfig config, Rng rng) {
    return sample(target(problem), config, rng);
  }

  private static RuntimeException userError(IllegalArgumentException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PplException p) {
        return p;
      }
    }
    return new InferenceException(e.getMessage().startsWith("nuts: ") ? e.getMessage()
        : "nuts: " + e.getMessage());
  }
}
