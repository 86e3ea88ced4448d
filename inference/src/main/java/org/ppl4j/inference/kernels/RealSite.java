package org.ppl4j.inference.kernels;

import java.util.Optional;
import java.util.function.Function;
import org.ppl4j.inference.traced.Choice;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.value.RealValue;

/**
 * A scalar continuous choice of a trace that a random walk can move: its position, its support
 * (which a move must find unchanged) and the transform from the real line onto that support.
 * Draws are {@code Double}s (Java models) or {@link RealValue}s ({@code .ppl} programs); a moved
 * value keeps its representation.
 *
 * @param position the choice's position in the trace
 * @param support the site's support when the value was drawn
 * @param transform the map from the real line onto {@code support}
 */
public record RealSite(int position, Support support, SiteTransform transform) {

  /**
   * The site at {@code position} of {@code choices} when it is a scalar real draw with a
   * transform, using {@code transforms} to pick the transform of a support.
   */
  public static Optional<RealSite> at(java.util.List<Choice> choices, int position,
      Function<Support, Optional<SiteTransform>> transforms) {
    Choice c = choices.get(position);
    if (!(c.value() instanceof Double || c.value() instanceof RealValue)) {
      return Optional.empty();
    }
    Support s = c.site().distribution().support();
    return transforms.apply(s).map(t -> new RealSite(position, s, t));
  }

  /** The real number a scalar real draw holds. */
  public static double real(Object value) {
    return value instanceof RealValue r ? r.value() : (Double) value;
  }

  /** {@code x} in the representation of {@code like}. */
  public static Object sameKind(Object like, double x) {
    return like instanceof RealValue ? new RealValue(x) : (Object) Double.valueOf(x);
  }

  /** The unconstrained coordinate of this site's value in {@code choices}. */
  public double unconstrained(java.util.List<Choice> choices) {
    return transform.unconstrain(real(choices.get(position).value()));
  }
}
