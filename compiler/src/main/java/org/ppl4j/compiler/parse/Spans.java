package org.ppl4j.compiler.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * Source spans of tokens and parse-tree nodes. A span covers one line: a construct that
 * continues on later lines is underlined to the end of its first line.
 */
final class Spans {
  private final String file;
  private final String text;
  /** The offsets of every line break ({@code \n} or {@code \r}), ascending. */
  private final int[] lineBreaks;

  Spans(String file, String text) {
    this.file = file;
    this.text = text;
    this.lineBreaks = java.util.stream.IntStream.range(0, text.length())
        .filter(i -> text.charAt(i) == '\n' || text.charAt(i) == '\r').toArray();
  }

  SourceSpan of(Token token) {
    int length = Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
    return new SourceSpan(file, token.getLine(), token.getCharPositionInLine() + 1,
        Math.min(length, restOfLine(token.getStartIndex())));
  }

  SourceSpan of(ParserRuleContext ctx) {
    return between(ctx.getStart(), ctx.getStop() == null ? ctx.getStart() : ctx.getStop());
  }

  SourceSpan between(Token start, Token stop) {
    int length = stop.getStopIndex() - start.getStartIndex() + 1;
    if (stop.getLine() != start.getLine() || length < 1) {
      length = restOfLine(start.getStartIndex());
    }
    return new SourceSpan(file, start.getLine(), start.getCharPositionInLine() + 1, length);
  }

  /** The one-character span just after {@code token} (where something was expected). */
  SourceSpan after(Token token) {
    int length = Math.max(0, token.getStopIndex() - token.getStartIndex() + 1);
    if (token.getType() == Token.EOF) {
      length = 0;
    }
    return new SourceSpan(file, token.getLine(), token.getCharPositionInLine() + 1 + length, 1);
  }

  /** The span of the character at {@code offset} (line and column computed from the text). */
  SourceSpan at(int offset, int length) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceSpan(file, line, offset - lineStart + 1,
        Math.min(length, restOfLine(offset)));
  }

  /** The characters from {@code offset} to the end of its line (at least 1): a binary search. */
  private int restOfLine(int offset) {
    int at = java.util.Arrays.binarySearch(lineBreaks, offset);
    int next = at >= 0 ? at : -at - 1;
    int end = next < lineBreaks.length ? lineBreaks[next] : text.length();
    return Math.max(1, end - offset);
  }
}
