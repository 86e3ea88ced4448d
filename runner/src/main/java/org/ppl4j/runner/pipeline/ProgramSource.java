package org.ppl4j.runner.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the text of a {@code .ppl} program comes from: a file (read as UTF-8 by the pipeline,
 * see {@link SourceText}) or text at hand (a notebook cell) with the name diagnostics give it.
 */
public sealed interface ProgramSource permits ProgramSource.File, ProgramSource.Text {

  /** The name diagnostics use: the path as given, or the cell's name. */
  String name();

  /** A program file, read when the pipeline compiles it. */
  record File(Path path) implements ProgramSource {
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
      return path.toString();
    }
  }

  /**
   * A program's text.
   *
   * @param name the name diagnostics use, e.g. {@code cell[3]}
   * @param text the program
   */
  record Text(String name, String text) implements ProgramSource {
    public Text {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }
}
