package org.ppl4j.inference.traced;

import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;

/**
 * One random choice of an execution, addressed by its position in the trace: the suspended
 * sample site (its distribution and immutable continuation), the value drawn, its log density,
 * and the totals accumulated before it, so a proposal can re-run the model from this site
 * without re-running the prefix.
 *
 * @param site the sample site as the model suspended at it
 * @param value the value drawn there
 * @param logDensity log density of {@code value} under the site's distribution
 * @param logPriorBefore sum of the log densities of the earlier choices
 * @param logLikelihoodBefore sum of the scores absorbed before this choice
 * @param scoresBefore number of scores absorbed before this choice
 */
public record Choice(Step.Sampled<?, ?> site, Object value, double logDensity,
    double logPriorBefore, double logLikelihoodBefore, int scoresBefore) {

  /** The model after this site, resumed with {@code x}. */
  @SuppressWarnings("unchecked")
  <A> Model<A> resumeWith(Object x) {
    return ((Step.Sampled<Object, A>) site).resumeWith(x);
  }

  /** The log density of {@code x} under this site's distribution. */
  @SuppressWarnings("unchecked")
  double logDensityOf(Object x) {
    return ((Step.Sampled<Object, ?>) site).distribution().logDensity(x);
  }
}
