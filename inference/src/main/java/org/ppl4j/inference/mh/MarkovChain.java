package org.ppl4j.inference.mh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.ppl4j.semantics.random.Rng;

/**
 * One run of a Markov chain: {@code warmup} kernel steps, then {@code samples × thin} steps
 * keeping a draw every {@code thin}-th, with the fraction of steps that moved the state (a step
 * that returns the very same state object counts as rejected). The loop of every MCMC method
 * here (single-site MH, PMMH, particle Gibbs); what it preserves is what its kernel preserves:
 * a kernel that leaves the target invariant gives draws whose law tends to the target
 * ({@code KernelInvarianceTest}, {@code McmcExactnessTest}).
 *
 * @param draws the kept draws, in order
 * @param acceptanceRate moved steps over all steps, warm-up included (0 without steps)
 * @param <A> the type of a kept draw
 */
public record MarkovChain<A>(List<A> draws, double acceptanceRate) {

  /** Copies the draws. */
  public MarkovChain {
    draws = List.copyOf(draws);
  }

  /** A Markov kernel: the next state from {@code state}, drawing from {@code rng}. */
  @FunctionalInterface
  public interface Kernel<S> {
    /** The next state (the same object when a proposal is rejected). */
    S step(S state, Rng rng);
  }

  /** What is kept of a state, possibly drawing from {@code rng} (a particle of a filter). */
  @FunctionalInterface
  public interface Keep<S, A> {
    /** The kept draw of {@code state}. */
    A draw(S state, Rng rng);
  }

  /**
   * The lengths of a chain and how often it reports progress.
   *
   * @param warmup steps discarded first, &gt;= 0
   * @param samples draws kept, &gt;= 1
   * @param thin steps per kept draw, &gt;= 1
   * @param reportEvery steps between two progress reports, &gt;= 1
   */
  public record Schedule(int warmup, int samples, int thin, int reportEvery) {
    /** The total number of kernel steps. */
    public long steps() {
      return (long) warmup + (long) samples * thin;
    }
  }

  /**
   * Runs the chain from {@code initial}: each step applies {@code kernel}, then reports every
   * {@code schedule.reportEvery()} steps to {@code stepsDone} (the rest at the end), then keeps
   * {@code keep}'s draw of the state when the step is past the warm-up on the thinning grid.
   */
  public static <S, A> MarkovChain<A> run(S initial, Kernel<S> kernel, Keep<S, A> keep,
      Schedule schedule, Rng rng, LongConsumer stepsDone) {
    S state = initial;
    List<A> kept = new ArrayList<>(schedule.samples());
    long accepted = 0;
    long steps = schedule.steps();
    int every = schedule.reportEvery();
    for (long s = 1; s <= steps; s++) {
      S next = kernel.step(state, rng);
      if (next != state) {
        accepted++;
      }
      state = next;
      if (s % every == 0) {
        stepsDone.accept(every);
      }
      if (s > schedule.warmup() && (s - schedule.warmup()) % schedule.thin() == 0) {
        kept.add(keep.draw(state, rng));
      }
    }
    stepsDone.accept(steps % every);
    return new MarkovChain<>(kept, steps == 0 ? 0 : (double) accepted / steps);
  }
}
