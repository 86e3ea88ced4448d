package org.ppl4j.inference.population;

/**
 * Every particle (or every initial draw of a chain) has weight zero: the model's constraints
 * reject everything the algorithm tried. {@link #scoreIndex()} counts, from 1 in execution
 * order, the {@code observe}/{@code factor}/{@code condition} at which the furthest particle
 * died, for the runner to point at; the message says it in words without naming Java types.
 */
public final class ZeroWeightException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int scoreIndex;
  private final int particles;

  /**
   * @param particles how many particles (or draws) were tried, &gt; 0
   * @param scoreIndex 1-based index of the last observe/factor/condition reached, &gt;= 0
   *     (0: none was reached, e.g. the model itself has no score)
   */
  public ZeroWeightException(int particles, int scoreIndex) {
    this(particles, "particles", scoreIndex);
  }

  private ZeroWeightException(int count, String what, int scoreIndex) {
    super("all " + count + " " + what + " have zero weight; the last observe/factor/condition"
        + " reached was number " + scoreIndex + " in execution order: the data or constraints"
        + " are impossible under the model (or too unlikely for this many " + what + ")");
    this.particles = count;
    this.scoreIndex = scoreIndex;
  }

  /**
   * No initial state of positive weight among {@code draws} prior draws (MCMC
   * initialisation).
   */
  public static ZeroWeightException initialDraws(int draws, int scoreIndex) {
    return new ZeroWeightException(draws, "initial prior draws", scoreIndex);
  }

  /** 1-based index, in execution order, of the observe/factor/condition last reached. */
  public int scoreIndex() {
    return scoreIndex;
  }

  /** How many particles were tried. */
  public int particles() {
    return particles;
  }
}
