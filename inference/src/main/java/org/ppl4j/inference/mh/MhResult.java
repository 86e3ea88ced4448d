package org.ppl4j.inference.mh;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The draws of several Markov chains, in chain order, and each chain's acceptance rate
 * (accepted proposals over all proposals, warm-up included).
 *
 * @param chains the kept draws of each chain
 * @param acceptanceRates per chain, in [0, 1]
 * @param <A> result type
 */
public record MhResult<A>(List<List<A>> chains, double[] acceptanceRates) {

  public MhResult {
    List<List<A>> copy = new ArrayList<>();
    for (List<A> c : chains) {
      copy.add(List.copyOf(c));
    }
    chains = List.copyOf(copy);
    acceptanceRates = acceptanceRates.clone();
  }

  /** The result of these chains, in order. */
  public static <A> MhResult<A> of(List<MarkovChain<A>> chains) {
    List<List<A>> draws = new ArrayList<>(chains.size());
    double[] rates = new double[chains.size()];
    for (int c = 0; c < rates.length; c++) {
      draws.add(chains.get(c).draws());
      rates[c] = chains.get(c).acceptanceRate();
    }
    return new MhResult<>(draws, rates);
  }

  @Override
  public double[] acceptanceRates() {
    return acceptanceRates.clone();
  }

  /** The acceptance rate over all chains. */
  public double acceptanceRate() {
    double sum = 0;
    for (double r : acceptanceRates) {
      sum += r;
    }
    return sum / acceptanceRates.length;
  }

  /**
   * The result as a {@link Posterior} of {@code method} ({@code "mh"}, {@code "pmmh"}): its
   * chains (so bulk ESS and split R-hat are those of {@code ChainDiagnostics}) and the
   * acceptance rate.
   */
  public Posterior<A> posterior(String method) {
    return Posterior.fromChains(method, chains,
        Diagnostics.none().withAcceptanceRate(acceptanceRate()));
  }

  /** All kept draws, chain after chain, unweighted, without evidence. */
  public Empirical<A> empirical() {
    List<A> all = new ArrayList<>();
    chains.forEach(all::addAll);
    return Empirical.unweighted(all);
  }
}
