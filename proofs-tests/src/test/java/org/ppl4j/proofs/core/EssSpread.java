package org.ppl4j.proofs.core;

import java.util.Arrays;
import java.util.Locale;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.random.Rng;

/**
 * Measures the spread of the chain diagnostics over many seeds, the source of the tolerances of
 * {@link ChainDiagnosticsTest} (4 chains x 1000 draws, same generators). Not a test; run after
 * {@code mvn -pl proofs-tests -am test-compile}:
 * {@code java -cp semantics/target/classes:proofs-tests/target/test-classes
 * org.ppl4j.proofs.core.EssSpread [replications]}.
 */
public final class EssSpread {
  private EssSpread() {}

  /** Prints mean, sd, min and max of each diagnostic over the replications (default 300). */
  public static void main(String[] args) {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    double[] iidEss = new double[reps];
    double[] arEss = new double[reps];
    double[] iidRhat = new double[reps];
    double[] shiftedRhat = new double[reps];
    for (int r = 0; r < reps; r++) {
      Rng rng = Rng.seeded(r);
      iidEss[r] = ChainDiagnostics.bulkEss(ChainDiagnosticsTest.ar1(rng, 0.0, new double[4]));
      arEss[r] = ChainDiagnostics.bulkEss(ChainDiagnosticsTest.ar1(rng, 0.5, new double[4]));
      iidRhat[r] = ChainDiagnostics.splitRhat(ChainDiagnosticsTest.ar1(rng, 0.0, new double[4]));
      shiftedRhat[r] = ChainDiagnostics.splitRhat(
          ChainDiagnosticsTest.ar1(rng, 0.0, new double[] {0, 1, 2, 3}));
    }
    print("bulk ESS, iid", iidEss);
    print("bulk ESS, AR(1) 0.5", arEss);
    print("split R-hat, iid", iidRhat);
    print("split R-hat, means 0..3", shiftedRhat);
  }

  private static void print(String name, double[] x) {
    double mean = Arrays.stream(x).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
    System.out.printf(Locale.ROOT, "%-24s mean %10.4f  sd %9.4f  min %10.4f  max %10.4f%n",
        name, mean, sd, Arrays.stream(x).min().orElseThrow(), Arrays.stream(x).max().orElseThrow());
  }
}
