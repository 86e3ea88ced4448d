package org.ppl4j.runner.method;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.tempered.MoveKind;

/**
 * The tuning options of a run, each absent when not given: a method then uses the default of
 * its own {@code XxxConfig.defaults()}. Validated here, the one place that checks the domain of
 * {@code --particles} and the others, so that a method never sees a meaningless value; a bad
 * value is an {@link IllegalArgumentException} whose message names the flag
 * ({@link org.ppl4j.runner.pipeline.RunOptions}, which reads the options' text for every front
 * end, reports it as a usage error).
 *
 * @param particles {@code --particles}, &gt;= 1
 * @param resampler {@code --resampler}: a scheme of the inference module's table,
 *     {@link Resampler#all()}
 * @param essThreshold {@code --ess-threshold}: resample when ESS / particles falls below it,
 *     in [0, 1]
 * @param samples {@code --samples}: draws kept per chain, &gt;= 1
 * @param warmup {@code --warmup}: draws discarded per chain before keeping any, &gt;= 0
 * @param chains {@code --chains}, &gt;= 1
 * @param mcmcSteps {@code --mcmc-steps}: MH moves per rejuvenation or per kept draw, &gt;= 1
 * @param net {@code --net}: a trained network file for amortised methods
 * @param proposal {@code --proposal}: the MH proposal, {@link Proposal#named}
 * @param hmc the Hamiltonian samplers' controls ({@code --adapt-delta}, {@code --max-treedepth},
 *     {@code --init}, {@code --thin}, {@code --save-warmup})
 * @param raw {@code --raw}: an amortised method reports its network's own posterior, without
 *     the importance correction
 * @param advi ADVI's controls ({@code --family}, {@code --iter}, {@code --grad-samples},
 *     {@code --elbo-samples}, {@code --eta}, {@code --tol-rel-obj}, {@code --eval-elbo})
 * @param limits the exact methods' bounds ({@code --max-paths}, {@code --max-score})
 * @param move {@code --move}: tempered SMC's MCMC moves, {@link MoveKind#named}
 */
public record MethodOptions(
    OptionalInt particles,
    Optional<Resampler> resampler,
    OptionalDouble essThreshold,
    OptionalInt samples,
    OptionalInt warmup,
    OptionalInt chains,
    OptionalInt mcmcSteps,
    Optional<Path> net,
    Optional<Proposal> proposal,
    HmcOptions hmc,
    boolean raw,
    AdviOptions advi,
    LimitOptions limits,
    Optional<MoveKind> move) {

  /** The most chains a run may ask for. */
  public static final int MAX_CHAINS = 1000;

  /** Validates every option, naming its flag; see the type's documentation for the domains. */
  public MethodOptions {
    Objects.requireNonNull(resampler, "resampler");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(hmc, "hmc");
    Objects.requireNonNull(advi, "advi");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(move, "move");
    atLeast("--particles", particles, 1);
    atLeast("--samples", samples, 1);
    atLeast("--warmup", warmup, 0);
    atLeast("--chains", chains, 1);
    if (chains.isPresent() && chains.getAsInt() > MAX_CHAINS) {
      throw new IllegalArgumentException("--chains must be at most " + MAX_CHAINS + ", got "
          + chains.getAsInt());
    }
    atLeast("--mcmc-steps", mcmcSteps, 1);
    if (essThreshold.isPresent()) {
      double t = essThreshold.getAsDouble();
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException(
            "--ess-threshold must be between 0 and 1 (a fraction of the particles), got " + t);
      }
    }
  }

  /** The options without {@code --move}. */
  public MethodOptions(OptionalInt particles, Optional<Resampler> resampler,
      OptionalDouble essThreshold, OptionalInt samples, OptionalInt warmup, OptionalInt chains,
      OptionalInt mcmcSteps, Optional<Path> net, Optional<Proposal> proposal, HmcOptions hmc,
      boolean raw, AdviOptions advi, LimitOptions limits) {
    this(particles, resampler, essThreshold, samples, warmup, chains, mcmcSteps, net, proposal,
        hmc, raw, advi, limits, Optional.empty());
  }

  /** These options with {@code --move} {@code kind}. */
  public MethodOptions withMove(Optional<MoveKind> kind) {
    return new MethodOptions(particles, resampler, essThreshold, samples, warmup, chains,
        mcmcSteps, net, proposal, hmc, raw, advi, limits, kind);
  }

  /** The options without ADVI's controls and the exact methods' bounds. */
  public MethodOptions(OptionalInt particles, Optional<Resampler> resampler,
      OptionalDouble essThreshold, OptionalInt samples, OptionalInt warmup, OptionalInt chains,
      OptionalInt mcmcSteps, Optional<Path> net, Optional<Proposal> proposal, HmcOptions hmc,
      boolean raw) {
    this(particles, resampler, essThreshold, samples, warmup, chains, mcmcSteps, net, proposal,
        hmc, raw, AdviOptions.none(), LimitOptions.none());
  }

  /** These options with ADVI's controls {@code advi} and the bounds {@code limits}. */
  public MethodOptions with(AdviOptions advi, LimitOptions limits) {
    return new MethodOptions(particles, resampler, essThreshold, samples, warmup, chains,
        mcmcSteps, net, proposal, hmc, raw, advi, limits, move);
  }

  /** The options without {@code --raw}. */
  public MethodOptions(OptionalInt particles, Optional<Resampler> resampler,
      OptionalDouble essThreshold, OptionalInt samples, OptionalInt warmup, OptionalInt chains,
      OptionalInt mcmcSteps, Optional<Path> net, Optional<Proposal> proposal, HmcOptions hmc) {
    this(particles, resampler, essThreshold, samples, warmup, chains, mcmcSteps, net, proposal,
        hmc, false);
  }

  /** The options without {@code --proposal} and without any Hamiltonian control given. */
  public MethodOptions(OptionalInt particles, Optional<Resampler> resampler,
      OptionalDouble essThreshold, OptionalInt samples, OptionalInt warmup, OptionalInt chains,
      OptionalInt mcmcSteps, Optional<Path> net) {
    this(particles, resampler, essThreshold, samples, warmup, chains, mcmcSteps, net,
        Optional.empty(), HmcOptions.none());
  }

  /** No option given: every method uses its own defaults. */
  public static MethodOptions none() {
    return new MethodOptions(OptionalInt.empty(), Optional.empty(), OptionalDouble.empty(),
        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
        Optional.empty());
  }

  /** Whether {@code option} was given. */
  public boolean isGiven(MethodOption option) {
    switch (option) {
      case PARTICLES: return particles.isPresent();
      case RESAMPLER: return resampler.isPresent();
      case ESS_THRESHOLD: return essThreshold.isPresent();
      case SAMPLES: return samples.isPresent();
      case WARMUP: return warmup.isPresent();
      case CHAINS: return chains.isPresent();
      case MCMC_STEPS: return mcmcSteps.isPresent();
      case NET: return net.isPresent();
      case PROPOSAL: return proposal.isPresent();
      case MOVE: return move.isPresent();
      case ADAPT_DELTA: return hmc.adaptDelta().isPresent();
      case MAX_TREEDEPTH: return hmc.maxTreedepth().isPresent();
      case INIT: return hmc.initRadius().isPresent() || hmc.initValues().isPresent();
      case THIN: return hmc.thin().isPresent();
      case SAVE_WARMUP: return hmc.saveWarmup();
      case DENSITY: return hmc.density().isPresent();
      case RAW: return raw;
      case FAMILY: return advi.family().isPresent();
      case ITER: return advi.iterations().isPresent();
      case GRAD_SAMPLES: return advi.gradSamples().isPresent();
      case ELBO_SAMPLES: return advi.elboSamples().isPresent();
      case ETA: return advi.eta().isPresent();
      case TOL_REL_OBJ: return advi.tolRelObj().isPresent();
      case EVAL_ELBO: return advi.evalElbo().isPresent();
      case MAX_PATHS: return limits.maxPaths().isPresent();
      case MAX_SCORE: return limits.maxScore().isPresent();
      default: throw new AssertionError(option);
    }
  }

  private static void atLeast(String flag, OptionalInt value, int least) {
    if (value.isPresent() && value.getAsInt() < least) {
      throw new IllegalArgumentException(
          flag + " must be at least " + least + ", got " + value.getAsInt());
    }
  }
}
