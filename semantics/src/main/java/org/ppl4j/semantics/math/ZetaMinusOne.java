package org.ppl4j.semantics.math;

/**
 * The Riemann zeta function minus one, {@code zeta(k) - 1 = sum_{n >= 2} n^-k}, for integer
 * {@code k >= 2}: a direct sum to {@link #TERMS} plus the Euler–Maclaurin tail, accurate to
 * machine precision. Used once, to build the Taylor coefficients of {@code lgamma}.
 */
final class ZetaMinusOne {
  private static final int TERMS = 100;

  private ZetaMinusOne() {}

  /**
   * {@code zeta(k) - 1}.
   *
   * @param k order, &gt;= 2
   */
  static double of(int k) {
    double n = TERMS;
    // Euler–Maclaurin: sum_{m >= N} m^-k = N^(1-k)/(k-1) + N^-k/2 + k N^(-k-1)/12
    //   - k(k+1)(k+2) N^(-k-3)/720 + k(k+1)(k+2)(k+3)(k+4) N^(-k-5)/30240 - ...
    double tail = Math.pow(n, 1 - k) / (k - 1)
        + Math.pow(n, -k) / 2
        + k * Math.pow(n, -k - 1) / 12
        - (double) k * (k + 1) * (k + 2) * Math.pow(n, -k - 3) / 720
        + (double) k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * Math.pow(n, -k - 5) / 30240;
    double sum = tail;
    for (int m = TERMS - 1; m >= 2; m--) {
      sum += Math.pow(m, -k);
    }
    return sum;
  }
}
