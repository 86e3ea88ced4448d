package org.ppl4j.proofs.nuts;

import java.util.Arrays;
import org.ppl4j.inference.nuts.NutsConfig;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.runner.method.NutsMethod;
import org.ppl4j.semantics.random.Rng;

/**
 * Measures how many divergent transitions NUTS makes on the non-centred eight schools at the
 * settings of {@link PosteriordbReferenceTest} (target acceptance 0.9, 4 chains x (1000 warm-up
 * + 1000 draws)) over seeds 1..S, the source of that test's divergence bound. Not a test; run
 * from {@code proofs-tests} after {@code mvn -o -pl proofs-tests -am test-compile}, with the
 * test classpath: {@code java -cp ... org.ppl4j.proofs.nuts.DivergenceSpread [seeds]}.
 */
public final class DivergenceSpread {
  private DivergenceSpread() {}

  /** Prints the divergences of each seed, then their mean and maximum (default 20 seeds). */
  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    NutsConfig config =
        NutsConfig.defaults().withTargetAcceptance(0.9).withIterations(1000, 1000, 4);
    long[] divergences = new long[seeds];
    for (int s = 1; s <= seeds; s++) {
      NutsResult r = NutsMethod.sample(
          PosteriordbPrograms.problem("eight_schools-eight_schools_noncentered"), config,
          Rng.seeded(s));
      divergences[s - 1] = r.divergences();
      System.out.println("seed " + s + ": " + r.divergences() + " divergent of 4000");
    }
    System.out.println("mean " + Arrays.stream(divergences).average().orElseThrow() + ", max "
        + Arrays.stream(divergences).max().orElseThrow() + " over " + seeds + " seeds");
  }
}
