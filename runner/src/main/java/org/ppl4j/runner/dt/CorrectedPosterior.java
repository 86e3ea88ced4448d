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
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * An amortised posterior {@code q} (a density: the Distribution Transformer's mixture) turned
 * into a posterior one can trust, by importance sampling against the program's own joint
 * density: N draws {@code theta_i} of the defensive mixture {@code r = 0.9 q + 0.1 prior}
 * (Hesterberg 1995: the prior share bounds the ratios where {@code q} misses a region the prior
 * covers), ratios {@code p(theta_i, y) / r(theta_i)} ({@link ReplayedJoint#logJoints}, whose
 * {@code p(theta_i, y)} may be an unbiased estimate, else {@link LatentJoint}), Pareto-smoothed
 * ({@link ParetoSmoothing}). The result is the weighted draws with the PSIS {@code k̂} in the
 * diagnostics and the log evidence the raw ratios estimate. In one dimension the draws and
 * densities are taken without per-draw arrays ({@link Gmm#sampleScalar},
 * {@link Gmm#logDensityScalar}: the same numbers).
 *
 * <p>When {@code k̂} exceeds {@value ParetoSmoothing#MAX_RELIABLE_K} the proposal misses the
 * posterior's mass (a network used outside its training range, a mode it missed); the draws are
 * taken again with half, then nine tenths, from the prior (the prior's share bounds the ratios
 * where the network's mixture missed a mode the prior covers; PSIS's k̂ can also be high where
 * the ratios are nearly constant with a few draws higher, and a prior-heavy mixture spreads
 * them), and when that fails too the run falls back to tempered SMC
 * ({@link TemperedSmc#runFrom}) whose initial population is drawn from that mixture and weighted
 * against the prior ({@link SeededPopulation}), and says so in a note. When the program's density
 * at a latent cannot be computed (its draws are not the latent) the network's own draws are
 * returned, with a note.
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
   * The importance-corrected posterior: {@code n} draws of the defensive mixture
   * {@code (1 - a) network + a prior} for each share {@code a} of {@link #PRIOR_SHARES} in turn,
   * the first whose Pareto-smoothed ratios are reliable (k̂ &lt;= 0.7) reported; when none is,
   * tempered SMC seeded by the last mixture ({@link SeededPopulation}).
   *
   * @param method the method's name
   * @param model the program with its data
   * @param network the network's posterior
   * @param prior the prior as the network read it (a proposal component only: the weights use
   *     the program's own density)
   * @param n draws per attempt, at least 2
   * @param value the program's result for a latent
   * @param notes notes found earlier (range checks), carried into the diagnostics
   * @param rng the generator of the draws and of a fallback run
   */
  static Posterior<Value> of(String method, Model<Value> model, Gmm network, Gmm prior, int n,
      Function<double[], Value> value, List<String> notes, Rng rng) {
    Optional<ReplayedJoint> replayed = Optional.empty();
    double k = Double.POSITIVE_INFINITY;
    double firstK = k;
    Gmm proposal = network;
    int d = network.dimension();
    double[] point = new double[d];
    for (int attempt = 0; attempt < PRIOR_SHARES.length; attempt++) {
      proposal = network.mixedWith(prior, PRIOR_SHARES[attempt]);
      double[] draws = draws(proposal, n, rng.split());
      if (attempt == 0 && d == 1) {
        replayed = ReplayedJoint.of(model, meanOf(draws), sdOf(draws));
      }
      double[] logRatios = new double[n];
      double[] terms = new double[proposal.components()];
      boolean anyFinite = false;
      Rng branchRng = rng.split();
      try {
        if (replayed.isPresent()) {
          replayed.get().logJoints(draws, branchRng, logRatios);
        }
        for (int i = 0; i < n; i++) {
          System.arraycopy(draws, i * d, point, 0, d);
          double logJoint = replayed.isPresent() ? logRatios[i]
              : LatentJoint.logJoint(model, point);
          logRatios[i] = logJoint - (d == 1 ? proposal.logDensityScalar(point[0], terms)
              : proposal.logDensity(point, terms));
          if (Double.isNaN(logRatios[i])) {
            logRatios[i] = Double.NEGATIVE_INFINITY;
          }
          anyFinite |= logRatios[i] > Double.NEGATIVE_INFINITY;
        }
      } catch (LatentJoint.Unsupported e) {
        List<String> all = new ArrayList<>(notes);
        all.add("the network's posterior is not importance-corrected (" + e.getMessage()
            + "): these are the network's own draws, unchecked");
        return raw(method, rows(draws(network, n, rng.split()), d), value, all);
      }
      if (!anyFinite) {
        continue;
      }
      ParetoSmoothing.Result psis = ParetoSmoothing.smooth(logRatios);
      if (!psis.reliable()) {
        k = psis.paretoK();
        firstK = attempt == 0 ? k : firstK;
        continue;
      }
      List<String> all = new ArrayList<>(notes);
      if (attempt > 0) {
        all.add(String.format(Locale.ROOT, "the network's posterior missed part of the "
            + "posterior's mass (Pareto k̂ %s with %.0f%% of the draws from the prior): the draws "
            + "were taken again with %.0f%% from the prior", k(firstK), 100 * PRIOR_SHARES[0],
            100 * PRIOR_SHARES[attempt]));
      }
      List<Value> out = new ArrayList<>(n);
      rows(draws, d).forEach(x -> out.add(value.apply(x)));
      Empirical<Value> weighted = new Empirical<>(out, psis.logWeights(),
          java.util.OptionalDouble.of(psis.logEvidence()));
      return Posterior.of(method, weighted)
          .withDiagnostics(Diagnostics.none().withParetoK(psis.paretoK()).withNotes(all));
    }
    return fallback(method, model, proposal, k, notes, rng);
  }

  /** The prior's share of each attempt's proposal (defensive importance sampling). */
  private static final double[] PRIOR_SHARES = {0.1, 0.5, 0.9};

  private static String k(double k) {
    return Double.isFinite(k) ? String.format(Locale.ROOT, "%.2f", k) : "infinite";
  }

  /**
   * {@code n} draws of {@code g}, row after row in one array ({@link Gmm#sampleScalar} in one
   * dimension: the same draws as {@link Gmm#sample}).
   */
  private static double[] draws(Gmm g, int n, Rng rng) {
    int d = g.dimension();
    double[] out = new double[n * d];
    for (int i = 0; i < n; i++) {
      if (d == 1) {
        out[i] = g.sampleScalar(rng);
      } else {
        System.arraycopy(g.sample(rng), 0, out, i * d, d);
      }
    }
    return out;
  }

  /** The rows of {@code d} values each of a flat array of draws. */
  private static List<double[]> rows(double[] draws, int d) {
    List<double[]> out = new ArrayList<>(draws.length / d);
    for (int i = 0; i < draws.length; i += d) {
      out.add(java.util.Arrays.copyOfRange(draws, i, i + d));
    }
    return out;
  }

  /** The mean of one-dimensional draws. */
  private static double meanOf(double[] draws) {
    double sum = 0;
    for (double x : draws) {
      sum += x;
    }
    return sum / draws.length;
  }

  private static double sdOf(double[] draws) {
    double mean = meanOf(draws);
    double sum = 0;
    for (double x : draws) {
      sum += (x - mean) * (x - mean);
    }
    return Math.sqrt(sum / draws.length);
  }

  /**
   * Tempered SMC ({@link TemperedSmc}), its population seeded by {@code proposal} and weighted
   * against the prior where the program allows ({@link SeededPopulation}), else from the prior.
   */
  static Posterior<Value> fallback(String method, Model<Value> model, Gmm proposal, double k,
      List<String> notes, Rng rng) {
    TemperedSmcConfig config = TemperedSmcConfig.defaults();
    Optional<SeededPopulation.Weighted> seeded = SeededPopulation.of(model, proposal,
        config.particles(), rng.split());
    TemperedSmcResult<Value> result = seeded.isPresent()
        ? TemperedSmc.runFrom(seeded.get().traces(), seeded.get().logWeights(), config, rng,
            beta -> { })
        : TemperedSmc.run(model, config, rng, beta -> { });
    List<String> all = new ArrayList<>(notes);
    all.add("the network's posterior failed its importance check (Pareto k̂ " + k(k)
        + ", above " + ParetoSmoothing.MAX_RELIABLE_K + "): it misses the posterior's mass, so"
        + " this result is tempered SMC's (" + config.particles() + " particles, "
        + (seeded.isPresent() ? "seeded by the network's posterior mixed with the prior"
            : "from the prior")
        + "); retrain the network for this range, or use --raw to see its own answer");
    return Posterior.of(method, result.empirical()).withDiagnostics(Diagnostics.none()
        .withEssHistory(java.util.Arrays.stream(result.essHistory()).boxed().toList())
        .withAcceptanceRate(result.acceptanceRate()).withNotes(all));
  }
}
