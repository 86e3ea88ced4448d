package org.ppl4j.inference.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.HamiltonianChecks;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;

/**
 * The warnings of a finished run, each saying what to do, after the checks CmdStan's
 * {@code diagnose} and ArviZ make (Vehtari et al. 2021, "Rank-normalization, folding, and
 * localization: an improved R-hat"; Betancourt 2016 for E-BFMI): split R-hat above
 * {@value #MAX_RHAT}; bulk or tail ESS below {@value #MIN_ESS_PER_CHAIN} per chain; divergent
 * transitions; transitions at the maximum tree depth; E-BFMI below {@value #MIN_EBFMI}; fewer
 * than {@value #MIN_WARMUP} warm-up iterations for an adaptive sampler; an SMC population with
 * fewer than 1% distinct particles or an ESS that fell below 1% of the particles; an MH
 * acceptance rate below 1% or above 95%; Pareto-smoothed importance weights with k̂ above
 * {@value ParetoSmoothing#MAX_RELIABLE_K} (Vehtari et al. 2024); and the method's own notes
 * ({@link Diagnostics#notes()}). An exact result gets none. The checks read only the
 * summary and the run's {@link Diagnostics}, so the same run always gets the same warnings.
 */
public final class RunWarnings {
  /** Split R-hat above this warns. */
  public static final double MAX_RHAT = 1.01;
  /** Bulk or tail ESS below this many per chain warns. */
  public static final int MIN_ESS_PER_CHAIN = 100;
  /** E-BFMI below this warns. */
  public static final double MIN_EBFMI = 0.3;
  /** Fewer warm-up iterations than this warns for an adaptive sampler. */
  public static final int MIN_WARMUP = 100;
  /** A fraction of the particles below which a population has collapsed. */
  public static final double MIN_PARTICLE_FRACTION = 0.01;
  private static final int LISTED = 5;

  private RunWarnings() {}

  /**
   * The warnings of {@code posterior}, whose summary per leaf is {@code summary}, in the order
   * of {@link Warning.Check}.
   */
  public static List<Warning> of(Posterior<?> posterior, Map<String, Summary> summary) {
    Diagnostics d = posterior.diagnostics();
    List<Warning> out = new ArrayList<>();
    overflow(summary, out);
    if (d.exact()) {
      // an exact method's own notes (enumerate --max-paths: the mass it kept), nothing else
      d.notes().forEach(note -> out.add(new Warning(Warning.Check.METHOD, note)));
      return List.copyOf(out);
    }
    rhat(summary, out);
    ess(summary, posterior.chains().size(), out);
    d.divergences().ifPresent(n -> divergences(n, d, out));
    d.hamiltonian().ifPresent(h -> hamiltonian(h, out));
    d.adaptiveWarmup().ifPresent(w -> warmup(w, out));
    boolean continuous = summary.values().stream()
        .anyMatch(s -> s.kind() == org.ppl4j.semantics.posterior.Leaf.Kind.REAL);
    particles(d, posterior.draws().size(), continuous, out);
    if (!posterior.chains().isEmpty() && d.hamiltonian().isEmpty()) {
      d.acceptanceRate().ifPresent(rate -> acceptance(rate, out));
    }
    d.paretoK().ifPresent(k -> paretoK(k, posterior.method(), out));
    d.notes().forEach(note -> out.add(new Warning(Warning.Check.METHOD, note)));
    return List.copyOf(out);
  }

  /**
   * A leaf whose mean, sd, quantiles or MCSE is not finite: its draws reach the edge of the
   * doubles (a heavy-tailed family with extreme parameters, e.g. {@code student_t(1e-6, 0, 1)}),
   * so its moments are not estimable (fuzz finding; LANGUAGE.md §7: never a silent infinity).
   */
  private static void overflow(Map<String, Summary> summary, List<Warning> out) {
    List<String> leaves = new ArrayList<>();
    summary.forEach((leaf, s) -> {
      boolean finite = Double.isFinite(s.mean()) && Double.isFinite(s.sd())
          && Double.isFinite(s.q05()) && Double.isFinite(s.q50()) && Double.isFinite(s.q95())
          && (s.mcse().isEmpty() || Double.isFinite(s.mcse().getAsDouble()));
      if (!finite) {
        leaves.add("'" + leaf + "'");
      }
    });
    if (!leaves.isEmpty()) {
      out.add(new Warning(Warning.Check.OVERFLOW, "the summary of " + listed(leaves)
          + " is not finite: its draws reach the largest numbers a double holds, so its mean"
          + " and sd cannot be estimated; check the model's parameters (a heavy-tailed"
          + " distribution with extreme parameters has no finite moments)"));
    }
  }

  private static void rhat(Map<String, Summary> summary, List<Warning> out) {
    List<String> high = new ArrayList<>();
    summary.forEach((leaf, s) -> s.rhat().ifPresent(r -> {
      if (r > MAX_RHAT) {
        high.add("'" + leaf + "' (" + fixed(r, 3) + ")");
      }
    }));
    if (!high.isEmpty()) {
      out.add(new Warning(Warning.Check.RHAT, "split R-hat is above " + MAX_RHAT + " for "
          + listed(high) + ": the chains disagree; run longer chains (--warmup, --samples) or"
          + " reparameterise the model"));
    }
  }

  /** {@code chains} is 0 for draws without chains (weighted or independent). */
  private static void ess(Map<String, Summary> summary, int chains, List<Warning> out) {
    double least = (double) MIN_ESS_PER_CHAIN * Math.max(1, chains);
    List<String> low = new ArrayList<>();
    summary.forEach((leaf, s) -> {
      OptionalDouble bulk = s.ess();
      OptionalDouble tail = s.tailEss();
      boolean bulkLow = bulk.isPresent() && bulk.getAsDouble() < least;
      boolean tailLow = tail.isPresent() && tail.getAsDouble() < least;
      if (bulkLow || tailLow) {
        low.add("'" + leaf + "' (" + (chains == 0 ? whole(bulk)
            : "bulk " + whole(bulk) + ", tail " + whole(tail)) + ")");
      }
    });
    if (!low.isEmpty()) {
      String bound = chains == 0 ? "ESS is below " + MIN_ESS_PER_CHAIN
          : "bulk or tail ESS is below " + MIN_ESS_PER_CHAIN + " per chain (" + (long) least
              + " in all)";
      out.add(new Warning(Warning.Check.ESS, bound + " for " + listed(low)
          + ": the mean and the 5%/95% quantiles are unreliable; draw more (--samples,"
          + " --particles) or use a method that mixes better"));
    }
  }

  private static void divergences(long n, Diagnostics d, List<Warning> out) {
    if (n == 0) {
      return;
    }
    String of = d.hamiltonian().map(h -> " of " + h.transitions()).orElse("");
    out.add(new Warning(Warning.Check.DIVERGENCES, n + of + " transitions after warm-up"
        + " diverged: the sampler missed part of the posterior; raise --adapt-delta (default"
        + " 0.8, e.g. --adapt-delta 0.95) or reparameterise (e.g. non-centred)"));
  }

  private static void hamiltonian(HamiltonianChecks h, List<Warning> out) {
    if (h.treedepthSaturations() > 0) {
      out.add(new Warning(Warning.Check.TREEDEPTH, h.treedepthSaturations() + " of "
          + h.transitions() + " transitions stopped at the maximum tree depth "
          + h.maxTreedepth() + ": trajectories were cut short and the chains explore slowly;"
          + " raise --max-treedepth (e.g. --max-treedepth " + (h.maxTreedepth() + 2) + ")"));
    }
    List<String> low = new ArrayList<>();
    for (int c = 0; c < h.ebfmi().size(); c++) {
      double e = h.ebfmi().get(c);
      if (e < MIN_EBFMI) {
        low.add("chain " + (c + 1) + " (" + fixed(e, 3) + ")");
      }
    }
    if (!low.isEmpty()) {
      out.add(new Warning(Warning.Check.EBFMI, "E-BFMI is below " + MIN_EBFMI + " in "
          + listed(low) + ": the momentum resampling explores the energy poorly (heavy"
          + " tails or a funnel); reparameterise the model or run longer warm-up (--warmup)"));
    }
  }

  private static void warmup(int iterations, List<Warning> out) {
    if (iterations < MIN_WARMUP) {
      out.add(new Warning(Warning.Check.WARMUP, "warm-up of " + iterations + " iteration"
          + (iterations == 1 ? "" : "s") + " is below " + MIN_WARMUP + ": the sampler could"
          + " not adapt its step size (draws may barely move); use --warmup " + MIN_WARMUP
          + " or more (default 1000)"));
    }
  }

  /**
   * Distinct results are counted only where the result has a real leaf: a discrete result
   * takes few values in any healthy population.
   */
  private static void particles(Diagnostics d, int particles, boolean continuous,
      List<Warning> out) {
    String advice = "; use --method tempered for a static model, or more --particles";
    if (continuous && d.distinctParticles().isPresent()) {
      int distinct = d.distinctParticles().getAsInt();
      if (distinct < MIN_PARTICLE_FRACTION * particles) {
        out.add(new Warning(Warning.Check.PARTICLES, "the final population holds " + distinct
            + " distinct result" + (distinct == 1 ? "" : "s") + " among " + particles
            + " particles (below 1%): the posterior collapsed onto a few points" + advice));
        return;
      }
    }
    List<Double> history = d.essHistory();
    for (int step = 0; step < history.size(); step++) {
      double ess = history.get(step);
      if (ess < Math.max(2, MIN_PARTICLE_FRACTION * particles)) {
        out.add(new Warning(Warning.Check.PARTICLES, "the particles' ESS fell to "
            + fixed(ess, 1) + " of " + particles + " at step " + (step + 1) + " (below 1%):"
            + " the weights collapsed onto a few particles" + advice));
        return;
      }
    }
  }

  private static void acceptance(double rate, List<Warning> out) {
    if (rate < 0.01) {
      out.add(new Warning(Warning.Check.ACCEPTANCE, "acceptance rate " + fixed(rate, 4)
          + " is below 1%: the chains hardly move; draw more (--samples, --mcmc-steps) or"
          + " use --method nuts where every latent is continuous"));
    } else if (rate > 0.95) {
      out.add(new Warning(Warning.Check.ACCEPTANCE, "acceptance rate " + fixed(rate, 4)
          + " is above 95%: the proposals barely change the state; check the ESS and the"
          + " traces (--plot) before trusting the summary"));
    }
  }

  /** ADVI's k̂ judges its approximation (Yao et al. 2018); the others' their proposal. */
  private static void paretoK(double k, String method, List<Warning> out) {
    if (!(k <= ParetoSmoothing.MAX_RELIABLE_K) && method.equals("advi")) {
      out.add(new Warning(Warning.Check.PARETO_K, "the Pareto k̂ of log p - log q at the"
          + " approximation's draws is " + fixed(k, 2) + ", above "
          + ParetoSmoothing.MAX_RELIABLE_K + ": the variational approximation misses part of"
          + " the posterior and its summary is unreliable; fit longer or with more gradient"
          + " draws (--iter, --grad-samples, --tol-rel-obj, --eta), try --family fullrank, or"
          + " use --method nuts"));
    } else if (!(k <= ParetoSmoothing.MAX_RELIABLE_K)) {
      out.add(new Warning(Warning.Check.PARETO_K, "the importance weights' Pareto k̂ is "
          + fixed(k, 2) + ", above " + ParetoSmoothing.MAX_RELIABLE_K + ": the proposal misses"
          + " part of the posterior and the corrected estimates are unreliable; use a method"
          + " that does not depend on it (--method tempered or nuts)"));
    }
  }

  private static String listed(List<String> items) {
    if (items.size() <= LISTED) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED)
        + " more";
  }

  private static String whole(OptionalDouble x) {
    return x.isPresent() ? String.format(Locale.ROOT, "%.0f", x.getAsDouble()) : "n/a";
  }

  private static String fixed(double x, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", x);
  }
}
