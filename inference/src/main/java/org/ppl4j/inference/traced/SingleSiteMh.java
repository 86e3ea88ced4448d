package org.ppl4j.inference.traced;

import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * Single-site trace Metropolis-Hastings (Wingate, Stuhlmüller and Goodman, AISTATS 2011): pick
 * one of the trace's {@code |T|} choices uniformly, re-propose it from its prior given the
 * earlier choices, re-run the rest of the model from that site, reusing later choices where the
 * support matches and drawing the others from the prior. The acceptance ratio is
 * <pre>
 *   log a = [logJoint(T') - logJoint(T)] + log|T| - log|T'|
 *         + [log p(x_j) - log p(x'_j)] + [sum of stale old choices - sum of fresh new ones]
 * </pre>
 * (the change in trace size enters through {@code |T|/|T'|}). The kernel leaves the target
 * {@code exp(logJoint)} of the trace's execution invariant; {@code proofs-tests} checks it from
 * exact posterior draws by a chi-square test and checks that a rejection leaves the trace as it
 * was.
 */
public final class SingleSiteMh {
  private SingleSiteMh() {}

  /**
   * A proposed trace and the log Metropolis-Hastings ratio for the target
   * {@code exp(logJoint)} (add {@code log L(T') - log L(T)} for any further likelihood factor,
   * as PMMH does).
   */
  public record Proposal<A>(Trace<A> trace, double logAcceptanceRatio) {}

  /** Proposes a move; a trace without choices proposes itself with ratio 0. */
  public static <A> Proposal<A> propose(Trace<A> current, Rng rng) {
    List<Choice> choices = current.choices();
    int size = choices.size();
    if (size == 0) {
      return new Proposal<>(current, 0.0);
    }
    return propose(current, rng.nextInt(size), rng);
  }

  /**
   * Proposes a prior re-draw of choice {@code j} (the move {@link #propose(Trace, Rng)} makes
   * once it has picked {@code j}); the ratio includes {@code log|T| - log|T'|}, the odds of
   * picking {@code j} uniformly, which a caller that picks {@code j} otherwise takes out.
   *
   * @param j a position of {@code current}'s choices
   */
  public static <A> Proposal<A> propose(Trace<A> current, int j, Rng rng) {
    List<Choice> choices = current.choices();
    int size = choices.size();
    Choice site = choices.get(j);
    Object value = site.site().draw(rng);
    double logNew = site.logDensityOf(value);
    Traced.Run<A> rerun = new Traced.Run<>(choices.subList(0, j), choices, j + 1,
        site.logPriorBefore(), site.logLikelihoodBefore(), site.scoresBefore(),
        current.scoreLimit(), rng);
    rerun.choices.add(new Choice(site.site(), value, logNew, site.logPriorBefore(),
        site.logLikelihoodBefore(), site.scoresBefore()));
    rerun.logPrior += logNew;
    Trace<A> proposed = rerun.run(site.resumeWith(value));
    if (proposed.logJoint() == Double.NEGATIVE_INFINITY) {
      return new Proposal<>(proposed, Double.NEGATIVE_INFINITY);
    }
    double logStale = 0;
    for (int k = j + 1; k < size; k++) {
      logStale += choices.get(k).logDensity();
    }
    logStale -= rerun.logReusedOld;
    double logRatio = proposed.logJoint() - current.logJoint()
        + Math.log(size) - Math.log(proposed.choices().size())
        + site.logDensity() - logNew
        + logStale - rerun.logFresh;
    return new Proposal<>(proposed, logRatio);
  }

  /** Accepts with probability {@code min(1, exp(logAcceptanceRatio))}. */
  public static boolean accept(double logAcceptanceRatio, Rng rng) {
    return logAcceptanceRatio >= 0 || Math.log(rng.nextDouble()) < logAcceptanceRatio;
  }

  /** One kernel step; a rejection returns {@code current} itself. */
  public static <A> Trace<A> step(Trace<A> current, Rng rng) {
    Proposal<A> p = propose(current, rng);
    return accept(p.logAcceptanceRatio(), rng) ? p.trace() : current;
  }
}
