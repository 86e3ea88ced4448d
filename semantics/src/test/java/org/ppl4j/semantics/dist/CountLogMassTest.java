package org.ppl4j.semantics.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Poisson and binomial log masses at large counts (up to 10^7) against mpmath at 50 digits,
 * to 1e-12 relative: the saddle-point form must not lose digits to cancellation.
 */
class CountLogMassTest {

  /** A row of count-log-mass-reference.csv. */
  record Row(String family, int k, int n, double parameter, double logMass) {
    @Override
    public String toString() {
      return family + (family.equals("poisson") ? "(" + parameter + ")" : "(" + n + ", "
          + parameter + ")") + " at " + k;
    }
  }

  static List<Row> rows() throws IOException {
    try (InputStream in = CountLogMassTest.class.getResourceAsStream(
        "count-log-mass-reference.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#"))
          .map(line -> line.split(","))
          .map(f -> new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
              Double.parseDouble(f[3]), Double.parseDouble(f[4])))
          .collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void logMassMatchesMpmath(Row row) {
    IntDistribution d = row.family().equals("poisson")
        ? Distributions.poisson(row.parameter())
        : Distributions.binomial(row.n(), row.parameter());
    LogDensityReferenceTest.assertClose(row.toString(), row.k(), row.logMass(),
        d.logDensity(row.k()));
  }
}
