package org.ppl4j.semantics.math;

/**
 * The arithmetic and special functions that the log densities of the distribution families
 * need, over a number type {@code N}: written once against this interface, a density runs on
 * plain numbers ({@link DoubleNum}) and on reverse-mode automatic-differentiation numbers
 * ({@code org.ppl4j.semantics.ad.AdNum}), which then also yield its gradient.
 *
 * <p>Every operation rounds exactly as the corresponding {@code double} expression (same
 * {@link Math} or {@link SpecialFunctions} call, same operand order), so a density evaluated on
 * {@link DoubleNum} is bit-for-bit the plain formula, and on AD numbers its value is the same
 * double. The special functions are the numerically careful forms of {@link SpecialFunctions}
 * and {@link SaddlePoint}; an implementation supplies their derivatives. An array form (a
 * number type holding a vector) can implement the same interface later.
 *
 * @param <N> the number type
 */
public interface Num<N> {

  /** The constant {@code c} (no derivative). */
  N constant(double c);

  /** The plain value of {@code x} (for comparisons and support checks). */
  double value(N x);

  /** {@code a + b}. */
  N add(N a, N b);

  /** {@code a - b}. */
  N sub(N a, N b);

  /** {@code a * b}. */
  N mul(N a, N b);

  /** {@code a / b}. */
  N div(N a, N b);

  /** {@code -a}. */
  N neg(N a);

  /** {@code a + c}. */
  N plus(N a, double c);

  /** {@code a * c}. */
  N times(N a, double c);

  /** {@code a / c}. */
  N over(N a, double c);

  /** {@code c - a}. */
  N minusFrom(double c, N a);

  /** The natural logarithm. */
  N log(N x);

  /** {@code log(1 + x)}. */
  N log1p(N x);

  /** {@code e^x}. */
  N exp(N x);

  /** The square root. */
  N sqrt(N x);

  /** {@code |x|} (derivative 0 at 0). */
  N abs(N x);

  /** {@link SpecialFunctions#lgamma}; derivative digamma. */
  N lgamma(N x);

  /** {@link SpecialFunctions#logBeta}. */
  N logBeta(N a, N b);

  /** {@link SpecialFunctions#log1pSquared}: {@code log(1 + z^2)}. */
  N log1pSquared(N z);

  /** {@link SpecialFunctions#xLog1pY}: {@code x log(1 + y)}, 0 when {@code x == 0}. */
  N xLog1pY(double x, N y);

  /** {@link SaddlePoint#logPoisson}: the Poisson log mass at count {@code k}. */
  N logPoisson(double k, N rate);

  /** {@link SaddlePoint#logBinomial}: the binomial log mass at {@code k} of {@code n}. */
  N logBinomial(double k, double n, N p);

  /**
   * A function of {@code a}, {@code b}, {@code c} whose value and partial derivatives the
   * caller computed (one node on a tape, as Stan's precomputed gradients): for a formula on a
   * hot path whose derivative is simple.
   */
  N partials(double value, N a, double da, N b, double db, N c, double dc);
}
