package org.ppl4j.inference.population;

import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.random.Rng;

/**
 * A member of a {@link Population}: a partial run of a model that can be advanced to its next
 * {@code score}, carrying its log weight. Implementations are immutable, so resampling may hand
 * the same particle to several offspring, each then advanced with its own generator.
 *
 * @param <P> the implementing type
 */
public interface Particle<P extends Particle<P>> {

  /** The particle's unnormalised log weight; negative infinity for a dead particle. */
  double logWeight();

  /** The same particle with log weight {@code logWeight}. */
  P withLogWeight(double logWeight);

  /** Whether the model has returned. */
  boolean finished();

  /** How many {@code score}s (observe, factor, condition) this particle has absorbed. */
  int scores();

  /**
   * Where the last score this particle absorbed is in the program (for error messages);
   * {@link ScoreSite#NONE} when unknown or when none was absorbed.
   */
  default ScoreSite lastSite() {
    return ScoreSite.NONE;
  }

  /**
   * Runs to and through the next {@code score}, multiplying the weight by it; a finished or
   * dead particle is returned unchanged.
   */
  P advance(Rng rng);

  /**
   * Advances until the model returns or the weight becomes zero: {@code advance} repeated, so
   * it preserves what {@code advance} preserves (the particle's measure). The one {@code finish}
   * of every particle type ({@link Population#finish} applies it to each particle).
   */
  @SuppressWarnings("unchecked")
  default P finish(Rng rng) {
    P p = (P) this;
    while (!p.finished() && p.logWeight() != Double.NEGATIVE_INFINITY) {
      p = p.advance(rng);
    }
    return p;
  }
}
