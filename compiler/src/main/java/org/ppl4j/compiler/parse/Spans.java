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

  Spans(String file, String text) {
    this.file = file;
    this.text = text;
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

  private int restOfLine(int offset) {
    int end = offset;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return Math.max(1, end - offset);
  }
}
