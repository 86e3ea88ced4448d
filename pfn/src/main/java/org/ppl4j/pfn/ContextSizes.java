package org.ppl4j.pfn;

import java.util.Locale;

/**
 * How training draws the number n of context points of a sequence of T points (the rest are
 * queries, each with the same loss weight).
 */
public enum ContextSizes {

  /**
   * n with probability proportional to {@code 1 / (T - n)}: every n then contributes about the
   * same number of query points, so every context size gets the same total loss weight; large
   * contexts are drawn often, each with few queries.
   */
  EQUAL_QUERIES,

  /**
   * n uniform on {@code [0, T - 1]}, as in Müller et al. (2022): every n is drawn as often, so
   * every context size sees as many datasets and small contexts (with more queries per
   * sequence) weigh more in the loss.
   */
  UNIFORM;

  /** The command-line name: {@code uniform} or {@code equal-queries}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The distribution named {@code uniform} or {@code equal-queries} (case and {@code _}/{@code -}
   * ignored).
   *
   * @throws IllegalArgumentException naming the accepted values for any other name
   */
  public static ContextSizes parse(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ContextSizes c : values()) {
      if (c.optionName().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "context sizes must be 'uniform' or 'equal-queries', got '" + name + "'");
  }
}
