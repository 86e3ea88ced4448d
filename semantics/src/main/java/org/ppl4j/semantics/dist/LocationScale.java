package org.ppl4j.semantics.dist;

/**
 * A family whose cdf is a function of {@code z = (x - location) / scale} alone, with the
 * location its first parameter and the scale its second: then
 * {@code dF/dlocation = -dF/dx} and {@code dF/dscale = -z dF/dx}, which is how the derivatives
 * of its cdf with respect to its parameters are computed.
 */
public interface LocationScale {

  /** The location (first parameter). */
  double location();

  /** The scale (second parameter). */
  double scale();
}
