package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.nuts.NutsConfig;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.runner.method.NutsMethod;
import org.ppl4j.semantics.random.Rng;

/**
 * NUTS recovers the posteriordb reference posteriors (Stan, 10,000 draws each): every mean
 * within 4 combined Monte Carlo standard errors and every sd within 10% (see
 * {@link ReferenceComparison}), split R-hat below 1.01, seed 1, 4 chains. Every posterior runs
 * its {@code .ppl} translation end to end (compiler, the compiled log density of issue 17,
 * NUTS), the two largest regressions (434 and 1,192 rows) included: interpreted they took
 * minutes and ran as Java twins; compiled they take seconds. The Java twins stay as an
 * independent implementation ({@link PosteriordbTranslationTest}: same density and gradient).
 */
class PosteriordbReferenceTest {
  static final List<String> ALL = List.of("eight_schools-eight_schools_noncentered",
      "mesquite-logmesquite_logvolume", "arK-arK", "kidiq-kidscore_interaction",
      "earnings-logearn_height");
  private static final long SEED = 1;
  private static final double MAX_RHAT = 1.01;

  private static void check(String posterior, NutsResult result) {
    StringBuilder report = new StringBuilder(posterior + ", seed " + SEED + ", "
        + result.config().chains() + " chains x " + result.config().samples() + " draws:\n");
    boolean ok = true;
    for (ReferenceComparison.Row row :
        ReferenceComparison.compare(result, ReferenceSummary.load(posterior))) {
      boolean rowOk = row.meanOk() && row.sdOk() && row.rhat() < MAX_RHAT;
      ok &= rowOk;
      report.append(rowOk ? "  ok  " : "  BAD ").append(row).append('\n');
    }
    assertTrue(ok, report.toString());
  }

  private static NutsResult runPpl(String posterior, NutsConfig config) {
    return NutsMethod.sample(PosteriordbPrograms.problem(posterior), config, Rng.seeded(SEED));
  }

  /**
   * Target acceptance 0.9 (Stan's advice for hierarchical models): at 0.8 a few trajectories
   * into the half-Cauchy tail of tau diverge, as they do in Stan. Even at 0.9 a divergence is a
   * rare event, not an impossible one: {@link DivergenceSpread} over seeds 1..40 (2026-12-07)
   * counted 0 in 36 runs and 1 in four (seeds 7, 14, 17, 35) of 4,000 transitions, mean 0.1.
   * The 99% upper confidence bound on that rate is 0.29 per run, under which 4 or more
   * divergences in a run have probability 2e-4: the bound is 3.
   */
  @Test
  void eightSchoolsNonCentredWithFewDivergences() {
    String posterior = "eight_schools-eight_schools_noncentered";
    NutsResult result = runPpl(posterior,
        NutsConfig.defaults().withTargetAcceptance(0.9).withIterations(1000, 1000, 4));
    assertTrue(result.divergences() <= 3,
        "divergent transitions, seed " + SEED + ": " + result.divergences() + " > 3");
    check(posterior, result);
  }

  @Test
  void mesquite() {
    String posterior = "mesquite-logmesquite_logvolume";
    check(posterior, runPpl(posterior, NutsConfig.defaults().withIterations(1000, 1000, 4)));
  }

  @Test
  void arK() {
    String posterior = "arK-arK";
    check(posterior, runPpl(posterior, NutsConfig.defaults().withIterations(500, 500, 4)));
  }

  @Test
  void kidiqInteraction() {
    String posterior = "kidiq-kidscore_interaction";
    check(posterior, runPpl(posterior, NutsConfig.defaults().withIterations(1000, 1000, 4)));
  }

  @Test
  void earningsLogHeight() {
    String posterior = "earnings-logearn_height";
    check(posterior, runPpl(posterior, NutsConfig.defaults().withIterations(1000, 1000, 4)));
  }
}
