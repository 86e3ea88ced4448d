package org.ppl4j.notebook.kernel;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * A Java cell cut into JShell snippets (one declaration, statement or expression each), each
 * with its offset in the cell, so that a compiler message at a position in a snippet is shown at
 * the cell's line and column.
 *
 * <p>The cut is JShell's own ({@link SourceCodeAnalysis#analyzeCompletion}); an incomplete or
 * unparsable rest of the cell becomes one last snippet, whose evaluation reports the error.
 */
final class CellSnippets {

  /**
   * One snippet.
   *
   * @param source the text JShell evaluates (with a semicolon added where JShell adds one)
   * @param offset where the snippet starts in the cell
   * @param complete whether JShell considers the snippet complete
   */
  record Piece(String source, int offset, boolean complete) {}

  private CellSnippets() {}

  /** The snippets of {@code cell}, in order; none for a blank cell or only comments. */
  static List<Piece> split(SourceCodeAnalysis analysis, String cell) {
    List<Piece> pieces = new ArrayList<>();
    int offset = 0;
    while (offset < cell.length() && !cell.substring(offset).isBlank()) {
      String rest = cell.substring(offset);
      CompletionInfo info = analysis.analyzeCompletion(rest);
      SourceCodeAnalysis.Completeness completeness = info.completeness();
      if (completeness == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      if (!completeness.isComplete()) {
        pieces.add(new Piece(rest, offset, false));
        break;
      }
      String raw = rest.substring(0, rest.length() - info.remaining().length());
      pieces.add(new Piece(info.source(), offset + startIn(raw, info.source()), true));
      offset += raw.length();
    }
    return pieces;
  }

  /**
   * The offset of the snippet whose text is being completed at {@code at}: the start of the
   * last snippet before the cursor (the cursor is in it, or right after it).
   */
  static int startOfSnippetAt(SourceCodeAnalysis analysis, String cell, int at) {
    String before = cell.substring(0, at);
    int offset = 0;
    while (offset < before.length()) {
      String rest = before.substring(offset);
      CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!info.completeness().isComplete() || info.remaining().isBlank()) {
        return offset + leadingBlanks(rest);
      }
      offset += rest.length() - info.remaining().length();
    }
    return offset;
  }

  /**
   * Where {@code source} (JShell's text of the snippet, whose positions compiler messages use)
   * starts inside the raw text; JShell may keep leading blank lines and add a semicolon.
   */
  private static int startIn(String raw, String source) {
    int exact = raw.indexOf(source.substring(0, Math.min(source.length(), 12)));
    if (exact >= 0) {
      return exact;
    }
    String head = source.strip();
    int found = raw.indexOf(head.substring(0, Math.min(head.length(), 12)));
    return found >= 0 ? found - leadingBlanks(source) : leadingBlanks(raw);
  }

  private static int leadingBlanks(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
