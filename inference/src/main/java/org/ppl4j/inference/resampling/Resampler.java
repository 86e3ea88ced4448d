package org.ppl4j.inference.resampling;

import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * A resampling scheme: given normalised weights of {@code n} particles, the indices of the
 * {@code n} ancestors of the next generation. Every scheme here is unbiased: the expected number
 * of offspring of particle {@code i} is {@code n * w[i]}, so a population resampled by it, each
 * offspring carrying {@code 1/n} of the total weight, denotes the same measure in expectation
 * (Douc, Cappé and Moulines, "Comparison of resampling schemes for particle filtering", 2005).
 * {@code proofs-tests} checks this exactly by enumerating the scheme's own draws.
 */
public interface Resampler {

  /**
   * The ancestor of each of the {@code probabilities.length} offspring; a particle of weight 0
   * is never chosen.
   *
   * @param probabilities normalised weights, each in [0, 1], summing to 1 up to rounding
   * @param rng the only source of randomness
   */
  int[] ancestors(double[] probabilities, Rng rng);

  /** The name used on the command line ({@code --resampler}). */
  String name();

  /** Independent draws from the weights (Gordon, Salmond and Smith 1993). */
  static Resampler multinomial() {
    return new MultinomialResampler();
  }

  /** One uniform shifted over a regular grid (Kitagawa 1996; Carpenter et al. 1999). */
  static Resampler systematic() {
    return new SystematicResampler();
  }

  /** One uniform in each of {@code n} equal strata (Kitagawa 1996). */
  static Resampler stratified() {
    return new StratifiedResampler();
  }

  /** The integer parts deterministically, the remainder multinomially (Liu and Chen 1998). */
  static Resampler residual() {
    return new ResidualResampler();
  }

  /** Every scheme, by name. */
  static List<Resampler> all() {
    return List.of(multinomial(), systematic(), stratified(), residual());
  }

  /**
   * The scheme called {@code name}: {@code multinomial}, {@code systematic},
   * {@code stratified} or {@code residual}.
   *
   * @throws IllegalArgumentException naming the bad value and the accepted ones
   */
  static Resampler named(String name) {
    for (Resampler r : all()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown resampler '" + name
        + "' (expected multinomial, systematic, stratified or residual)");
  }
}
