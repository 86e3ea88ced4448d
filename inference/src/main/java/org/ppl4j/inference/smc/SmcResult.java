package org.ppl4j.inference.smc;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.inference.population.Particle;
import java.util.function.Function;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.population.Sweep;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The outcome of a population-based run: the final population of finished particles, the log
 * evidence estimate, and the Kish ESS measured after each advance (before any resampling), for
 * the "ESS evolution" plot.
 *
 * @param population the final population (weights unnormalised)
 * @param values the returned value of each particle, in index order
 * @param logEvidence the estimate of the log normalising constant
 * @param essHistory Kish ESS after each advance, in order
 * @param resamplings how many times the population was resampled
 * @param <P> particle type
 * @param <A> result type
 */
public record SmcResult<P extends Particle<P>, A>(
    Population<P> population, List<A> values, double logEvidence, double[] essHistory,
    int resamplings) {

  public SmcResult {
    values = List.copyOf(values);
    essHistory = essHistory.clone();
  }

  /**
   * The result of a finished sweep: its live particles (dropping dead ones leaves the measure
   * unchanged), their values under {@code value}, the population's evidence estimate, the
   * sweep's ESS history and resampling count.
   *
   * @throws org.ppl4j.inference.population.ZeroWeightException if every particle died
   */
  public static <P extends Particle<P>, A> SmcResult<P, A> of(
      Sweep<P> sweep, Function<? super P, ? extends A> value) {
    Population<P> live = sweep.population().withoutDead();
    return new SmcResult<>(live, live.values(value), live.logEvidenceEstimate(),
        sweep.essHistory(), sweep.resamplings());
  }

  @Override
  public double[] essHistory() {
    return essHistory.clone();
  }

  /**
   * The result as a {@link Posterior} of {@code method} ({@code "smc"}, {@code "importance"},
   * {@code "rmsmc"}) with its ESS history in the diagnostics.
   */
  public Posterior<A> posterior(String method) {
    Diagnostics d = Diagnostics.none().withEssHistory(
        java.util.Arrays.stream(essHistory).boxed().toList());
    return Posterior.of(method, empirical()).withDiagnostics(d);
  }

  /** The weighted draws and the log evidence. */
  public Empirical<A> empirical() {
    return new Empirical<>(values, population.logWeights(), OptionalDouble.of(logEvidence));
  }
}
