package org.ppl4j.inference.advi;

import java.util.List;
import java.util.Objects;

/**
 * A fitted ADVI approximation with the record of its optimisation.
 *
 * @param approximation the fitted Gaussian on the unconstrained space
 * @param eta the step-size scale used (given or chosen by {@link EtaAdaptation})
 * @param iterations the gradient steps taken, &gt;= 1
 * @param converged whether the relative ELBO change fell below the tolerance (else the
 *     iteration limit stopped it)
 * @param trace the ELBO estimates, in order
 */
public record AdviResult(Approximation approximation, double eta, int iterations,
    boolean converged, List<ElboPoint> trace) {

  /** Copies the trace. */
  public AdviResult {
    Objects.requireNonNull(approximation, "approximation");
    trace = List.copyOf(trace);
  }

  /** The last ELBO estimate ({@code NaN} when none was made). */
  public double finalElbo() {
    return trace.isEmpty() ? Double.NaN : trace.get(trace.size() - 1).elbo();
  }
}
