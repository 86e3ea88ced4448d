package org.ppl4j.inference.traced;

import java.util.List;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;

/**
 * A model paired with the trace of its random choices: the {@code Traced} representation of
 * monad-bayes (Ścibior et al., POPL 2018, §7). The execution runs until it returns, or until
 * it has absorbed {@code scoreLimit} scores and meets the next one (a partial trace, as a
 * resample-move particle or the parameter prefix of PMMH), where it stays suspended.
 *
 * <p>It denotes the target {@code exp(logPrior + logLikelihood)} over its choices: the prior
 * density of the choices times the scores absorbed.
 *
 * @param choices the random choices in execution order (position = address)
 * @param rest the model from the suspension point on (a returned model when finished)
 * @param logPrior sum of the choices' log densities
 * @param logLikelihood sum of the absorbed scores (negative infinity: the run was rejected and
 *     stopped at the score that rejected it)
 * @param scores number of scores absorbed
 * @param scoreLimit the number of scores this execution may absorb
 * @param finished whether the model has returned
 * @param lastSite where the last score absorbed in the run that made this trace is (for error
 *     messages only; {@link ScoreSite#NONE} when unknown)
 * @param <A> the model's result type
 */
public record Trace<A>(List<Choice> choices, Model<A> rest, double logPrior,
    double logLikelihood, int scores, int scoreLimit, boolean finished, ScoreSite lastSite) {

  public Trace {
    choices = List.copyOf(choices);
    java.util.Objects.requireNonNull(lastSite, "lastSite");
  }

  /** A trace whose last score has no known site. */
  public Trace(List<Choice> choices, Model<A> rest, double logPrior, double logLikelihood,
      int scores, int scoreLimit, boolean finished) {
    this(choices, rest, logPrior, logLikelihood, scores, scoreLimit, finished, ScoreSite.NONE);
  }

  /** The unnormalised log target, {@code logPrior + logLikelihood}. */
  public double logJoint() {
    return logPrior + logLikelihood;
  }

  /**
   * The returned value.
   *
   * @throws IllegalStateException if the execution has not returned
   */
  public A value() {
    if (!finished) {
      throw new IllegalStateException("execution has not returned");
    }
    return ((Step.Done<A>) rest.resume()).value();
  }
}
