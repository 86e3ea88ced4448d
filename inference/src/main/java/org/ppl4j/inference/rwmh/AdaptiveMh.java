package org.ppl4j.inference.rwmh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.ppl4j.inference.kernels.Move;
import org.ppl4j.inference.kernels.SiteKernel;
import org.ppl4j.inference.kernels.StepSizes;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Single-site trace MH that mixes on continuous parameters: each step is one
 * {@link SiteKernel} move (a random walk with the site's own step size on scalar continuous
 * sites, a prior re-draw on the others). Step sizes are adapted during warm-up toward 0.44
 * acceptance per site ({@link StepSizes}) and frozen when warm-up ends, so the kept draws come
 * from a time-homogeneous kernel that leaves the posterior invariant (adaptation during
 * warm-up only, as in Stan and Roberts and Rosenthal 2009). With
 * {@link org.ppl4j.inference.kernels.Proposal#PRIOR} it is the kernel of {@link Mh}.
 * Chains run in parallel, each with its own generator split off by chain index.
 *
 * <p>Validated in {@code proofs-tests}: invariance of the random-walk kernel on constrained and
 * unconstrained sites by chi-square from exact draws (and the same kernel without the Jacobian
 * failing it), conjugate posterior moments, and simulation-based calibration.
 */
public final class AdaptiveMh {
  private static final int PROGRESS_EVERY = 100;

  private AdaptiveMh() {}

  /** Runs the chains without progress reports. */
  public static <A> MhResult<A> run(Model<A> model, AdaptiveMhConfig config, Rng rng) {
    return run(model, config, rng, steps -> { });
  }

  /**
   * Runs {@code config.chains().chains()} chains from prior draws of positive weight, reporting
   * the kernel steps done to {@code stepsDone} (thread-safe; it never changes the result).
   *
   * @throws org.ppl4j.inference.population.ZeroWeightException if a chain finds no prior draw
   *     of positive weight
   */
  public static <A> MhResult<A> run(Model<A> model, AdaptiveMhConfig config, Rng rng,
      LongConsumer stepsDone) {
    MhConfig c = config.chains();
    int n = c.chains();
    Rng[] rngs = new Rng[n];
    for (int i = 0; i < n; i++) {
      rngs[i] = rng.split();
    }
    @SuppressWarnings("unchecked")
    List<A>[] draws = new List[n];
    double[] rates = new double[n];
    SiteKernel kernel = SiteKernel.of(config.proposal());
    c.parallelism().forEach(n, 1, i -> {
      Trace<A> trace = Mh.initial(model, rngs[i]);
      StepSizes sizes = new StepSizes(config.initialScale());
      List<A> kept = new ArrayList<>(c.samples());
      long accepted = 0;
      long steps = (long) c.warmup() + (long) c.samples() * c.thin();
      for (long s = 1; s <= steps; s++) {
        if (s == c.warmup() + 1) {
          sizes.freeze();
        }
        Move<A> move = kernel.step(trace, sizes, 1.0, rngs[i]);
        accepted += move.accepted() ? 1 : 0;
        trace = move.trace();
        if (s % PROGRESS_EVERY == 0) {
          stepsDone.accept(PROGRESS_EVERY);
        }
        if (s > c.warmup() && (s - c.warmup()) % c.thin() == 0) {
          kept.add(trace.value());
        }
      }
      stepsDone.accept(steps % PROGRESS_EVERY);
      draws[i] = kept;
      rates[i] = steps == 0 ? 0 : (double) accepted / steps;
    });
    return new MhResult<>(List.of(draws), rates);
  }
}
