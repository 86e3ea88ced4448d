package org.ppl4j.semantics.posterior;

import java.util.Objects;

/**
 * One numeric leaf of a draw, named as LANGUAGE.md §8 names summary keys ({@code p},
 * {@code theta[0]}, {@code mu}, {@code a.b}).
 *
 * @param name the leaf's name
 * @param value its value; a {@code Bool} is 0 or 1, an {@code Int} its number
 * @param kind whether it came from a real, an integer or a boolean
 */
public record Leaf(String name, double value, Kind kind) {

  /** The type a leaf came from; integers and booleans are discrete. */
  public enum Kind {
    /** A real number. */
    REAL,
    /** An integer. */
    INT,
    /** A boolean, summarised as 0/1. */
    BOOL;

    /** Whether leaves of this kind take discrete values (and get probabilities). */
    public boolean isDiscrete() {
      return this != REAL;
    }

    /**
     * How a value of this kind is written as a key of {@code probabilities}: a {@code Bool} as
     * {@code 0} or {@code 1} (LANGUAGE.md §8 summarises Bool leaves as 0/1), an {@code Int} as
     * its number.
     */
    public String label(double value) {
      if (this == BOOL) {
        return value != 0.0 ? "1" : "0";
      }
      if (this == INT) {
        return Long.toString((long) value);
      }
      return Double.toString(value);
    }
  }

  /** Validates the components; see the type's documentation for their domains. */
  public Leaf {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
