package org.ppl4j.inference.population;

import java.util.Objects;
import org.ppl4j.semantics.model.ScoreSite;

/**
 * Every particle (or every initial draw of a chain) has weight zero: the model's constraints
 * reject everything the algorithm tried. {@link #scoreIndex()} counts, from 1 in execution
 * order, the {@code observe}/{@code factor}/{@code condition} at which the furthest particle
 * died, and {@link #site()} where that score is in the program (when the model carries sites),
 * for the runner to point at; the message says it in words without naming Java types.
 */
public final class ZeroWeightException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int scoreIndex;
  private final int particles;
  private final transient ScoreSite site;
  private final String what;

  /**
   * @param particles how many particles (or draws) were tried, &gt; 0
   * @param scoreIndex 1-based index of the last observe/factor/condition reached, &gt;= 0
   *     (0: none was reached, e.g. the model itself has no score)
   */
  public ZeroWeightException(int particles, int scoreIndex) {
    this(particles, "particles", scoreIndex, ScoreSite.NONE);
  }

  /**
   * As {@link #ZeroWeightException(int, int)}, with the {@code site} of that last score
   * ({@link ScoreSite#NONE} when unknown).
   */
  public ZeroWeightException(int particles, int scoreIndex, ScoreSite site) {
    this(particles, "particles", scoreIndex, site);
  }

  private ZeroWeightException(int count, String what, int scoreIndex, ScoreSite site) {
    super("all " + count + " " + what + " have zero weight; the last observe/factor/condition"
        + " reached was number " + scoreIndex + " in execution order: the data or constraints"
        + " are impossible under the model (or too unlikely for this many " + what + ")");
    this.particles = count;
    this.scoreIndex = scoreIndex;
    this.site = Objects.requireNonNull(site, "site");
    this.what = what;
  }

  /**
   * No initial state of positive weight among {@code draws} prior draws (MCMC
   * initialisation).
   */
  public static ZeroWeightException initialDraws(int draws, int scoreIndex) {
    return initialDraws(draws, scoreIndex, ScoreSite.NONE);
  }

  /** As {@link #initialDraws(int, int)}, with the {@code site} of the last score reached. */
  public static ZeroWeightException initialDraws(int draws, int scoreIndex, ScoreSite site) {
    return new ZeroWeightException(draws, "initial prior draws", scoreIndex, site);
  }

  /** Where the last observe/factor/condition reached is; {@link ScoreSite#NONE} if unknown. */
  public ScoreSite site() {
    return site;
  }

  /** 1-based index, in execution order, of the observe/factor/condition last reached. */
  public int scoreIndex() {
    return scoreIndex;
  }

  /** What was tried, in words: {@code particles} or {@code initial prior draws}. */
  public String what() {
    return what;
  }

  /** How many particles were tried. */
  public int particles() {
    return particles;
  }
}
