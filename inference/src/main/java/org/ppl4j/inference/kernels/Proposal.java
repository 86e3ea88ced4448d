package org.ppl4j.inference.kernels;

import java.util.Locale;

/**
 * Which single-site proposal an MH step makes ({@code --proposal}).
 */
public enum Proposal {
  /**
   * On a scalar continuous site the random walk or the prior re-draw, with probability 1/2
   * each (the walk mixes where the posterior is much narrower than the prior, the re-draw where
   * the prior carries the dependence, as in a time series); prior re-draws for the others.
   */
  AUTO,
  /** Prior re-draws everywhere (single-site trace MH). */
  PRIOR,
  /** Random walk on every scalar continuous site, prior re-draws for the others. */
  RW;

  /** The name used on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The proposal called {@code name} ({@code auto}, {@code prior}, {@code rw}).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Proposal named(String name) {
    for (Proposal p : values()) {
      if (p.key().equals(name.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "--proposal must be one of auto, prior, rw, got '" + name + "'");
  }
}
