package org.ppl4j.inference.kernels;

import java.util.Locale;

/**
 * Which single-site proposal an MH step makes ({@code --proposal}).
 */
public enum Proposal {
  /**
   * Random walk on scalar continuous sites, prior re-draws for the others and, with
   * probability 1/2, for continuous sites whose random walk changed the program's path during
   * warm-up.
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
