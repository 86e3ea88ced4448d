package org.ppl4j.compiler.diagnostics;

import java.util.Objects;
import java.util.Optional;
import org.ppl4j.semantics.model.NamedSite;

/**
 * The site of a score or a draw in a {@code .ppl} program: the {@code observe}, {@code factor},
 * {@code condition} or draw that made it and where it is, so that an inference error such as "all
 * particles have zero weight" can point at the source line; for a draw bound to a variable
 * ({@code x ~ D}, {@code let x = sample(D)}), that variable's name, so that initial values can
 * be given by name ({@link NamedSite}).
 *
 * @param span where the statement or call is
 * @param statement the word a user wrote: {@code observe}, {@code factor} or {@code condition}
 *     (for a draw: {@code ~} or {@code sample})
 * @param boundName the variable a draw is bound to; empty for scores and unnamed draws
 */
public record SourceScoreSite(SourceSpan span, String statement, Optional<String> boundName)
    implements NamedSite {
  public SourceScoreSite {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(boundName, "boundName");
  }

  /** The site of a score, or of a draw bound to no variable. */
  public SourceScoreSite(SourceSpan span, String statement) {
    this(span, statement, Optional.empty());
  }

  @Override
  public String toString() {
    return "'" + statement + "' at " + span.file() + ":" + span.line() + ":" + span.column();
  }
}
