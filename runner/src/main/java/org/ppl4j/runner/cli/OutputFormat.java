package org.ppl4j.runner.cli;

import java.util.Locale;

/** The formats of {@code --format}: a stansummary-like table, or the JSON of LANGUAGE.md §8. */
public enum OutputFormat {
  TABLE,
  JSON;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
