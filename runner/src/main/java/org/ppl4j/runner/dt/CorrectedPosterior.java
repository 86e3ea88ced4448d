package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ppl4j.inference.diagnostics.ParetoSmoothing;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * An amortised posterior {@code q} (a density: the Distribution Transformer's mixture) turned
 * into a posterior one can trust, by importance sampling against the program's own joint
 * density: N draws {@code theta_i ~ q}, ratios {@code p(theta_i, y) / q(theta_i)}
 * ({@link LatentJoint}), Pareto-smoothed ({@link ParetoSmoothing}). The result is the weighted
 * draws with the PSIS {@code k̂} in the diagnostics and the log evidence the raw ratios estimate.
 *
 * <p>When {@code k̂} exceeds {@value ParetoSmoothing#MAX_RELIABLE_K} the proposal misses the
 * posterior's mass (a network used outside its training range, a different likelihood), and
 * the run falls back to tempered SMC ({@link TemperedSmc}, from the program's prior; it does
 * not reuse the network's draws) and says so in a note. When the program's density at a latent
 * cannot be computed (its draws are not the latent) the network's own draws are returned, with a
 * note.
 */
final class CorrectedPosterior {

  private CorrectedPosterior() {}

  /** The network's own posterior: {@code n} unweighted draws of {@code q}. */
  static Posterior<Value> raw(String method, List<double[]> draws,
      Function<double[], Value> value, List<String> notes) {
    List<Value> out = new ArrayList<>(draws.size());
    draws.forEach(x -> out.add(value.apply(x)));
    return Posterior.of(method, Empirical.unweighted(out))
        .withDiagnostics(Diagnostics.none().withNotes(notes));
  }

  /**
   * The importance-corrected posterior.
   *
   * @param method the method's name
   * @param model the program with its data
   * @param draws N &gt;= 2 draws of the proposal
   * @param logProposal the proposal's log density
   * @param value the program's result for a latent
   * @param notes notes found earlier (range checks), carried into the diagnostics
   * @param rng the generator of a fallback run
   */
  static Posterior<Value> of(String method, Model<Value> model, List<double[]> draws,
      Function<double[], Double> logProposal, Function<double[], Value> value,
      List<String> notes, Rng rng) {
    int n = draws.size();
    double[] logRatios = new double[n];
    boolean anyFinite = false;
    Optional<ReplayedJoint> replayed = draws.get(0).length == 1
        ? ReplayedJoint.of(model, meanOf(draws), sdOf(draws)) : Optional.empty();
    try {
      for (int i = 0; i < n; i++) {
        double[] x = draws.get(i);
        double logJoint = replayed.isPresent() ? replayed.get().logJoint(x)
            : LatentJoint.logJoint(model, x);
        logRatios[i] = logJoint - logProposal.apply(x);
        if (Double.isNaN(logRatios[i])) {
          logRatios[i] = Double.NEGATIVE_INFINITY;
        }
        anyFinite |= logRatios[i] > Double.NEGATIVE_INFINITY;
      }
    } catch (LatentJoint.Unsupported e) {
      List<String> all = new ArrayList<>(notes);
      all.add("the network's posterior is not importance-corrected (" + e.getMessage()
          + "): these are the network's own draws, unchecked");
      return raw(method, draws, value, all);
    }
    if (!anyFinite) {
      return fallback(method, model, Double.POSITIVE_INFINITY, notes, rng);
    }
    ParetoSmoothing.Result psis = ParetoSmoothing.smooth(logRatios);
    if (!psis.reliable()) {
      return fallback(method, model, psis.paretoK(), notes, rng);
    }
    List<Value> out = new ArrayList<>(n);
    draws.forEach(x -> out.add(value.apply(x)));
    Empirical<Value> weighted = new Empirical<>(out, psis.logWeights(),
        java.util.OptionalDouble.of(psis.logEvidence()));
    return Posterior.of(method, weighted)
        .withDiagnostics(Diagnostics.none().withParetoK(psis.paretoK()).withNotes(notes));
  }

  private static double meanOf(List<double[]> draws) {
    double sum = 0;
    for (double[] x : draws) {
      sum += x[0];
    }
    return sum / draws.size();
  }

  private static double sdOf(List<double[]> draws) {
    double mean = meanOf(draws);
    double sum = 0;
    for (double[] x : draws) {
      sum += (x[0] - mean) * (x[0] - mean);
    }
    return Math.sqrt(sum / draws.size());
  }

  private static Posterior<Value> fallback(String method, Model<Value> model, double k,
      List<String> notes, Rng rng) {
    TemperedSmcConfig config = TemperedSmcConfig.defaults();
    TemperedSmcResult<Value> result = TemperedSmc.run(model, config, rng, beta -> { });
    List<String> all = new ArrayList<>(notes);
    all.add("the network's posterior failed its importance check (Pareto k̂ "
        + (Double.isFinite(k) ? String.format(Locale.ROOT, "%.2f", k) : "infinite")
        + ", above " + ParetoSmoothing.MAX_RELIABLE_K + "): it misses the posterior's mass, so"
        + " this result is tempered SMC's (" + config.particles() + " particles, from the prior);"
        + " retrain the network for this range, or use --raw to see its own answer");
    return Posterior.of(method, result.empirical()).withDiagnostics(Diagnostics.none()
        .withEssHistory(java.util.Arrays.stream(result.essHistory()).boxed().toList())
        .withAcceptanceRate(result.acceptanceRate()).withNotes(all));
  }
}
