package org.ppl4j.semantics.dist;

import java.util.List;
import org.ppl4j.semantics.math.Num;

/**
 * A family's log density written once over {@link Num}: the same code gives plain values
 * ({@link org.ppl4j.semantics.math.DoubleNum}) and differentiable ones
 * ({@code org.ppl4j.semantics.ad.AdNum}). Numbers are {@code num}'s handles.
 */
@FunctionalInterface
public interface Density {

  /**
   * The log density (log mass for discrete families) at {@code x}, negative infinity outside
   * the support. The parameters are valid (the caller built the family's distribution from
   * their values first).
   *
   * @param x the draw: one number for a scalar family (a discrete one: integral), an array for
   *     a multivariate one
   * @param parameters one array per parameter, in order: length 1 for a scalar, the entries of
   *     an array, a matrix flattened row by row
   */
  long logDensity(Num num, long[] x, List<long[]> parameters);
}
