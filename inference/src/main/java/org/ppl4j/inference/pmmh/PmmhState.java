package org.ppl4j.inference.pmmh;

import org.ppl4j.inference.sequential.Sequential;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.inference.traced.Trace;

/**
 * A state of the PMMH chain: the parameters (the trace of the choices made before the first
 * score) and the SMC run on the rest of the model given them, whose evidence estimate is the
 * likelihood estimate of the parameters.
 *
 * @param parameters the parameter trace, suspended at the first score
 * @param filter the SMC run of the model's rest
 * @param <A> result type
 */
public record PmmhState<A>(Trace<A> parameters, SmcResult<Sequential<A>, A> filter) {

  /** The log of the likelihood estimate. */
  public double logLikelihoodEstimate() {
    return filter.logEvidence();
  }
}
