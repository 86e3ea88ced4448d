package org.ppl4j.inference.tempered;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.posterior.Empirical;

/**
 * What a tempered SMC run gives: the final particles' values (equally weighted, resampled and
 * moved at {@code beta = 1}), the log evidence estimate, the inverse temperatures visited, the
 * ESS of each step's incremental weights and the acceptance rate of the MCMC moves.
 *
 * @param values the final particles' values
 * @param logEvidence the estimate of {@code log Z}: the sum of {@code logIncrements}
 * @param logIncrements each step's log mean incremental weight
 * @param temperatures the inverse temperatures, from 0 to 1
 * @param essHistory the ESS of the incremental weights of each step
 * @param acceptanceRate accepted moves over all moves
 * @param sweeps the number of MCMC sweeps made, over all steps
 * @param <A> the model's result type
 */
public record TemperedSmcResult<A>(List<A> values, double logEvidence, double[] logIncrements,
    double[] temperatures,
    double[] essHistory, double acceptanceRate, int sweeps) {

  /** Copies the lists and arrays. */
  public TemperedSmcResult {
    values = List.copyOf(values);
    logIncrements = logIncrements.clone();
    temperatures = temperatures.clone();
    essHistory = essHistory.clone();
  }

  @Override
  public double[] logIncrements() {
    return logIncrements.clone();
  }

  @Override
  public double[] temperatures() {
    return temperatures.clone();
  }

  @Override
  public double[] essHistory() {
    return essHistory.clone();
  }

  /** The final particles as equally weighted draws carrying the evidence estimate. */
  public Empirical<A> empirical() {
    return new Empirical<>(values, new double[values.size()], OptionalDouble.of(logEvidence));
  }
}
