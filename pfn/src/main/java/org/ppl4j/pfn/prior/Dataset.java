package org.ppl4j.pfn.prior;

import java.util.Map;
import java.util.Optional;

/**
 * One dataset drawn from a prior: points {@code x[i]} (each of the prior's dimension) with labels
 * {@code y[i]}, and the values of the prior's named scalar latents.
 *
 * @param x points, one row per point, all rows of equal length
 * @param y labels, one per point
 * @param latents named scalar latents of the draw (may be empty)
 */
public record Dataset(double[][] x, double[] y, Map<String, Double> latents) {

  /** Validates the shapes and copies the latents map. */
  public Dataset {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "dataset has " + x.length + " points but " + y.length + " labels");
    }
    for (double[] row : x) {
      if (row.length != (x.length == 0 ? 0 : x[0].length)) {
        throw new IllegalArgumentException("dataset points have unequal dimensions");
      }
    }
    latents = Map.copyOf(latents);
  }

  /** Number of points. */
  public int size() {
    return y.length;
  }

  /** The latent called {@code name}, if the prior returned one. */
  public Optional<Double> latent(String name) {
    return Optional.ofNullable(latents.get(name));
  }
}
