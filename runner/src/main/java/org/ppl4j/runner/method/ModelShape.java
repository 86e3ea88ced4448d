package org.ppl4j.runner.method;

import java.util.List;
import java.util.Optional;

/**
 * What a few runs of a program's prior show about its random choices ({@link ModelProbe}):
 * how many choices of each kind a run makes, whether the runs make the same choices at the same
 * places, and whether an observation (an {@code observe}, {@code factor} or {@code condition})
 * comes before a later choice. {@link AutoMethod} picks the method from it.
 *
 * @param runs the prior runs probed, &gt;= 1
 * @param finite choices per run from a distribution of finite support (the most any run made)
 * @param countable choices per run from a discrete distribution of unbounded support
 * @param continuous choices per run from a continuous distribution
 * @param countableFamily the family of one unbounded discrete choice, when there is one
 * @param fixedStructure whether every complete run made the same sequence of choices (same
 *     places, same kinds): a static model
 * @param observes whether some run made an observation (an {@code observe}, {@code factor} or
 *     {@code condition} ran)
 * @param interleaved whether, in some run, an observation came before a later choice
 * @param continuousBeforeData whether, in some run, a continuous choice was made before the
 *     first observation (a global parameter, which SMC draws once and never moves)
 */
public record ModelShape(int runs, int finite, int countable, int continuous,
    Optional<String> countableFamily, boolean fixedStructure, boolean observes,
    boolean interleaved,
    boolean continuousBeforeData) {

  /** Validates the counts. */
  public ModelShape {
    if (runs < 1 || finite < 0 || countable < 0 || continuous < 0) {
      throw new IllegalArgumentException("ModelShape: bad counts");
    }
    java.util.Objects.requireNonNull(countableFamily, "countableFamily");
  }

  /** The most choices a run made. */
  public int choices() {
    return finite + countable + continuous;
  }

  /** Whether every choice seen has finite support (also when there is none). */
  public boolean onlyFinite() {
    return countable == 0 && continuous == 0;
  }

  /** Whether every choice seen is continuous, and there is at least one. */
  public boolean onlyContinuous() {
    return continuous > 0 && finite == 0 && countable == 0;
  }

  /** The choices of a run in words, e.g. "2 discrete and 3 continuous choices per run". */
  public String choicesInWords() {
    List<String> parts = new java.util.ArrayList<>();
    if (finite + countable > 0) {
      parts.add((finite + countable) + " discrete");
    }
    if (continuous > 0) {
      parts.add(continuous + " continuous");
    }
    return String.join(" and ", parts) + (choices() == 1 ? " choice" : " choices")
        + (fixedStructure ? "" : " (at most) per run");
  }
}
