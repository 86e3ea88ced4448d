package org.ppl4j.runner.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a run's data inputs come from: nowhere (every input takes its default), a JSON or CSV
 * file ({@code --data FILE}), or the text of one at hand (a notebook's bound data).
 */
public sealed interface DataSource permits DataSource.None, DataSource.File, DataSource.Text {

  /** No data: every input takes its default. */
  static DataSource none() {
    return new None();
  }

  /** No data file. */
  record None() implements DataSource {}

  /** A data file, read as UTF-8; its extension ({@code .json}, {@code .csv}) picks the format. */
  record File(Path path) implements DataSource {
    public File {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * A data file's text.
   *
   * @param name the name messages use; its extension picks the format
   * @param text the file's content
   */
  record Text(String name, String text) implements DataSource {
    public Text {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }
}
