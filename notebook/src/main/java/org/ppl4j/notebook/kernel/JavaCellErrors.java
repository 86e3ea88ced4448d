package org.ppl4j.notebook.kernel;

import java.util.Map;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.kernel.PplError;
import org.ppl4j.runner.pipeline.UserErrors;

/**
 * The errors of a Java cell as the notebook shows them, in ppl4j's one rendering
 * ({@link UserError#render()}), never with the kernel's Java stack:
 *
 * <ul>
 *   <li>a compiler error: {@code cell[N]:LINE:COL: error: MESSAGE}, the cell's line and a caret
 *       (LINE counted in the cell, not in the snippet JShell compiled);
 *   <li>an exception from ppl4j inside a model run: the text {@code ppl run} would print for it
 *       ({@link UserErrors}), or the message of a ppl4j argument check
 *       ({@code normal: parameter 'sigma' must be > 0, got -1.0});
 *   <li>any other exception the cell's code threw: its Java type and message, which is what a
 *       Java programmer needs to find it.
 * </ul>
 */
final class JavaCellErrors {

  private static final String PPL4J_PACKAGE = "org.ppl4j.";

  private JavaCellErrors() {}

  /**
   * A compiler error at {@code offset} in {@code cell}.
   *
   * @param cellName the cell's name in the message, {@code cell[N]}
   * @param length the number of characters under the caret (at least one is shown)
   */
  static PplError compileError(String cellName, String cell, int offset, int length,
      String message) {
    int at = Math.max(0, Math.min(offset, cell.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (cell.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int lineEnd = cell.indexOf('\n', at);
    int width = Math.min(length, (lineEnd < 0 ? cell.length() : lineEnd) - at);
    SourceSpan span = new SourceSpan(cellName, line, at - lineStart + 1, Math.max(1, width));
    // javac names the class JShell wraps a snippet in, which is nameless here
    String cleaned = message.replaceAll("\\n\\s*location: class\\s*(?=\\n|$)", "");
    return PplError.of(UserError.at(span, firstLetterLower(cleaned), cell));
  }

  /** An error without a place in the cell (e.g. a name that is not declared yet). */
  static PplError plain(String message) {
    return PplError.of(new UserError(message));
  }

  /** The error shown for an exception a cell's code threw. */
  static PplError runFailure(Throwable failure) {
    return UserErrors.of(failure, Map.of()).map(PplError::of)
        .orElseGet(() -> plain(describe(failure)));
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    StackTraceElement[] frames = failure.getStackTrace();
    boolean fromPpl4j = frames.length > 0 && frames[0].getClassName().startsWith(PPL4J_PACKAGE);
    if (fromPpl4j && message != null) {
      return message;
    }
    return "the cell threw " + failure.getClass().getName()
        + (message == null ? "" : ": " + message);
  }

  private static String firstLetterLower(String message) {
    if (message.isEmpty() || message.length() > 1 && Character.isUpperCase(message.charAt(1))) {
      return message;
    }
    return Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
