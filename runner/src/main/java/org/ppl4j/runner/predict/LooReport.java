package org.ppl4j.runner.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ppl4j.inference.diagnostics.ParetoSmoothing;
import org.ppl4j.inference.loo.Elpd;
import org.ppl4j.inference.loo.PointwiseLogLikelihood;
import org.ppl4j.inference.loo.PsisLoo;
import org.ppl4j.inference.loo.Waic;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * What {@code ppl run --loo} reports: PSIS-LOO ({@link PsisLoo}, {@code r_eff = 1}) and WAIC
 * ({@link Waic}) of the run's pointwise log-likelihoods, with the warnings R's {@code loo}
 * gives (Pareto k above 0.7; {@code p_waic} of an element above 0.4).
 *
 * <p>Only equally weighted draws of Markov chains are accepted ({@code --method nuts},
 * {@code mh}): PSIS-LOO reweights posterior draws by {@code 1 / p(y_i | θ)}, and with weighted
 * particles (SMC, importance sampling) or an exact enumeration that is not the standard
 * estimator; such a run is a user error saying which methods to use.
 *
 * @param names the observed elements' names
 * @param loo PSIS-LOO
 * @param waic WAIC
 * @param draws the number of draws S
 * @param warnings the warnings, one message each, without {@code warning: }
 */
public record LooReport(List<String> names, PsisLoo.Result loo, Elpd waic, int draws,
    List<String> warnings) {

  /** Copies the lists. */
  public LooReport {
    names = List.copyOf(names);
    Objects.requireNonNull(loo, "loo");
    Objects.requireNonNull(waic, "waic");
    warnings = List.copyOf(warnings);
  }

  /**
   * The report of {@code predictive}, computed from {@code posterior}'s draws.
   *
   * @param method the {@code --method} name that ran
   * @throws UserError a usage error when the draws are not those of Markov chains, or fewer
   *     than 2
   */
  public static LooReport of(Predictive predictive, Posterior<Value> posterior,
      String method) {
    if (posterior.chains().isEmpty() || !posterior.draws().isUnweighted()) {
      throw UserError.usage("--loo needs equally weighted draws from Markov chains (--method"
          + " nuts or mh); method '" + method + "' gives "
          + (posterior.diagnostics().exact() ? "an exact weighted posterior"
              : "weighted or independent draws") + ", for which PSIS-LOO is not defined here");
    }
    if (posterior.draws().size() < 2) {
      throw UserError.usage("--loo needs at least 2 draws, got " + posterior.draws().size());
    }
    PointwiseLogLikelihood ll = predictive.pointwise();
    PsisLoo.Result loo = PsisLoo.of(ll);
    Elpd waic = Waic.of(ll);
    return new LooReport(ll.names(), loo, waic, ll.draws(), warnings(ll.names(), loo, waic));
  }

  /** The number of elements with {@code k̂} in (lo, hi]. */
  public int countK(double lo, double hi) {
    int count = 0;
    for (double k : loo.paretoK()) {
      if (k > lo && k <= hi) {
        count++;
      }
    }
    return count;
  }

  private static List<String> warnings(List<String> names, PsisLoo.Result loo, Elpd waic) {
    List<String> out = new ArrayList<>();
    int[] bad = loo.unreliable();
    if (bad.length > 0) {
      double[] k = loo.paretoK();
      List<String> listed = new ArrayList<>();
      for (int i = 0; i < Math.min(bad.length, 5); i++) {
        listed.add(names.get(bad[i]) + " k = " + String.format(Locale.ROOT, "%.2f", k[bad[i]]));
      }
      out.add(bad.length + " observed element" + (bad.length == 1 ? " has" : "s have")
          + " Pareto k above " + ParetoSmoothing.MAX_RELIABLE_K + " (" + String.join(", ",
              listed) + (bad.length > 5 ? ", ..." : "") + "): "
          + (bad.length == 1 ? "its" : "their") + " leave-one-out estimate is unreliable;"
          + " the element is highly influential (an outlier, or a misspecified model)");
    }
    long highPenalty = java.util.Arrays.stream(waic.penalties())
        .filter(p -> p > Waic.MAX_RELIABLE_PENALTY).count();
    if (highPenalty > 0) {
      out.add(highPenalty + " observed element" + (highPenalty == 1 ? " has" : "s have")
          + " p_waic above " + Waic.MAX_RELIABLE_PENALTY + ": WAIC is unreliable; prefer"
          + " PSIS-LOO");
    }
    return out;
  }
}
