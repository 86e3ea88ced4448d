package org.ppl4j.compiler.diagnostics;

import java.util.Objects;
import org.ppl4j.semantics.model.ScoreSite;

/**
 * The site of a score or a draw in a {@code .ppl} program: the {@code observe}, {@code factor},
 * {@code condition} or draw that made it and where it is, so that an inference error such as "all
 * particles have zero weight" can point at the source line.
 *
 * @param span where the statement or call is
 * @param statement the word a user wrote: {@code observe}, {@code factor} or {@code condition}
 *     (for a draw: {@code ~} or {@code sample})
 */
public record SourceScoreSite(SourceSpan span, String statement) implements ScoreSite {
  public SourceScoreSite {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(statement, "statement");
  }

  @Override
  public String toString() {
    return "'" + statement + "' at " + span.file() + ":" + span.line() + ":" + span.column();
  }
}
