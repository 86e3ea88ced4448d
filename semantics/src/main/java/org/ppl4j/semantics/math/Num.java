package org.ppl4j.semantics.math;

/**
 * The arithmetic and special functions that the log densities of the distribution families
 * need: written once against this interface, a density runs on plain numbers
 * ({@link DoubleNum}) and on reverse-mode automatic-differentiation numbers
 * ({@code org.ppl4j.semantics.ad.AdNum}), which then also yield its gradient.
 *
 * <p>A number is a {@code long} handle that only its {@code Num} interprets: for
 * {@link DoubleNum} the raw bits of the {@code double} itself (so the double path allocates
 * nothing and needs no escape analysis: the hot path of SMC and MH), for {@code AdNum} an index
 * into its register of tape numbers. Handles are never combined with Java operators, only
 * through these methods; {@link #value} reads the plain value for comparisons.
 *
 * <p>Every operation rounds exactly as the corresponding {@code double} expression (same
 * {@link Math} or {@link SpecialFunctions} call, same operand order), so a density evaluated on
 * {@link DoubleNum} is bit-for-bit the plain formula, and on AD numbers its value is the same
 * double. The special functions are the numerically careful forms of {@link SpecialFunctions}
 * and {@link SaddlePoint}; an implementation supplies their derivatives. An array form (a
 * number type holding a vector) can implement the same interface later.
 */
public interface Num {

  /** The constant {@code c} (no derivative). */
  long constant(double c);

  /** The plain value of {@code x} (for comparisons and support checks). */
  double value(long x);

  /** {@code a + b}. */
  long add(long a, long b);

  /** {@code a - b}. */
  long sub(long a, long b);

  /** {@code a * b}. */
  long mul(long a, long b);

  /** {@code a / b}. */
  long div(long a, long b);

  /** {@code -a}. */
  long neg(long a);

  /** {@code a + c}. */
  long plus(long a, double c);

  /** {@code a * c}. */
  long times(long a, double c);

  /** {@code a / c}. */
  long over(long a, double c);

  /** {@code c - a}. */
  long minusFrom(double c, long a);

  /** The natural logarithm. */
  long log(long x);

  /** {@code log(1 + x)}. */
  long log1p(long x);

  /** {@code e^x}. */
  long exp(long x);

  /** The square root. */
  long sqrt(long x);

  /** {@code |x|} (derivative 0 at 0). */
  long abs(long x);

  /** {@link SpecialFunctions#lgamma}; derivative digamma. */
  long lgamma(long x);

  /** {@link SpecialFunctions#logBeta}. */
  long logBeta(long a, long b);

  /** {@link SpecialFunctions#log1pSquared}: {@code log(1 + z^2)}. */
  long log1pSquared(long z);

  /** {@link SpecialFunctions#xLog1pY}: {@code x log(1 + y)}, 0 when {@code x == 0}. */
  long xLog1pY(double x, long y);

  /** {@link SaddlePoint#logPoisson}: the Poisson log mass at count {@code k}. */
  long logPoisson(double k, long rate);

  /** {@link SaddlePoint#logBinomial}: the binomial log mass at {@code k} of {@code n}. */
  long logBinomial(double k, double n, long p);

  /**
   * A function of {@code a}, {@code b}, {@code c} whose value and partial derivatives the
   * caller computed (one node on a tape, as Stan's precomputed gradients): for a formula on a
   * hot path whose derivative is simple.
   */
  long partials(double value, long a, double da, long b, double db, long c, double dc);
}
