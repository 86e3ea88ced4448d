package org.ppl4j.compiler.diagnostics;

import java.util.Objects;

/**
 * A stretch of one source line: where a diagnostic points. Lines and columns count from 1;
 * {@code length} is the number of characters the caret line underlines (at least 1).
 */
public record SourceSpan(String file, int line, int column, int length) {
  public SourceSpan {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
    length = Math.max(1, length);
  }
}
