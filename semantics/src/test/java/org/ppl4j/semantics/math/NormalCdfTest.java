package org.ppl4j.semantics.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link NormalCdf} against mpmath 1.3.0 (40 digits, rounded to doubles) and against its own
 * identities: the quantile inverts the cdf to double precision from 1e-300 to 1 - 1e-16, is
 * odd about 1/2, and is infinite exactly at 0 and 1.
 */
class NormalCdfTest {

  @Test
  void goldenValues() {
    // mpmath: ncdf(1.959963984540054) = 0.975 (the double nearest), erf(1), npdf(1)
    assertEquals(0.975, NormalCdf.cdf(1.959963984540054), 1e-16);
    assertEquals(0.8427007929497149, NormalCdf.erf(1), 5e-16);
    assertEquals(0.24197072451914334, NormalCdf.density(1), 6e-17);
    assertEquals(1.9599639845400538, NormalCdf.quantile(0.975), 2e-15);
    assertEquals(-37.0470962993612, NormalCdf.quantile(1e-300), 1e-13);
  }

  @Test
  void quantileInvertsTheCdfIntoTheTails() {
    for (int e = -300; e <= -1; e += 7) {
      double p = Math.pow(10, e);
      double x = NormalCdf.quantile(p);
      // relative error of the cdf near x is about |x|^2 eps (its exponent's rounding)
      double tolerance = 1e-15 * (1 + x * x);
      assertEquals(1.0, NormalCdf.cdf(x) / p, tolerance, "cdf(quantile(1e" + e + "))");
      if (e >= -14) {
        // 1 - p is rounded by up to 1.1e-16, which moves the quantile by that over phi(x)
        assertEquals(-x, NormalCdf.quantile(1 - p), 1e-15 + 2.3e-16 / NormalCdf.density(x),
            "symmetry at 1e" + e);
      }
    }
    assertEquals(0.0, NormalCdf.quantile(0.5));
    assertEquals(-NormalCdf.quantile(0.3), NormalCdf.quantile(0.7), 1e-15);
  }

  @Test
  void endsAndOutsideTheDomain() {
    assertEquals(Double.NEGATIVE_INFINITY, NormalCdf.quantile(0));
    assertEquals(Double.POSITIVE_INFINITY, NormalCdf.quantile(1));
    assertTrue(Double.isFinite(NormalCdf.quantile(Double.MIN_VALUE)));
    assertThrows(IllegalArgumentException.class, () -> NormalCdf.quantile(1.0000001));
    assertThrows(IllegalArgumentException.class, () -> NormalCdf.quantile(-1e-300));
    assertThrows(IllegalArgumentException.class, () -> NormalCdf.quantile(Double.NaN));
  }
}
