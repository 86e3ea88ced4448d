package org.ppl4j.compiler.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.grammar.PplLexer;

/**
 * The limits on the size of a literal (issue 20, resource limits): a number of at most
 * {@value #MAX_NUMBER_CHARS} characters, a string of at most {@value #MAX_STRING_CHARS}
 * characters, and at most {@value #MAX_ELEMENTS} elements between one pair of brackets (an array
 * literal's elements, a record's fields, a call's arguments). Checked on the tokens, before the
 * parser builds anything, so a program far over a limit fails within a second, at the literal's
 * first character, instead of after minutes of parsing, checking and printing. Every program
 * under the limits is unaffected: this check only throws.
 */
final class LiteralLimits {
  /** The longest number literal: a double has 17 significant digits; 400 leaves room. */
  static final int MAX_NUMBER_CHARS = 400;
  /** The longest string literal, in characters (with its quotes and escapes). */
  static final int MAX_STRING_CHARS = 100_000;
  /** The most elements, fields or arguments between one pair of brackets. */
  static final int MAX_ELEMENTS = 100_000;

  private LiteralLimits() {}

  /**
   * Throws at the first literal over a limit.
   *
   * @throws PplException at the literal's first character
   */
  static void check(List<Token> tokens, Spans spans) {
    Deque<int[]> open = new ArrayDeque<>(); // {index of the opening token, separators so far}
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int length = t.getStopIndex() - t.getStartIndex() + 1;
      switch (t.getType()) {
        case PplLexer.INT, PplLexer.REAL -> {
          if (length > MAX_NUMBER_CHARS) {
            throw new PplException(spans.at(t.getStartIndex(), 1), String.format(
                "this number literal has %,d characters; a number has at most %d", length,
                MAX_NUMBER_CHARS));
          }
        }
        case PplLexer.STRING -> {
          if (length > MAX_STRING_CHARS) {
            throw new PplException(spans.at(t.getStartIndex(), 1), String.format(
                "this string literal has %,d characters; a string literal has at most %,d"
                    + " (read long texts as data)", length, MAX_STRING_CHARS));
          }
        }
        case PplLexer.LPAREN, PplLexer.LBRACK, PplLexer.LBRACE -> open.push(new int[] {i, 0});
        case PplLexer.RPAREN, PplLexer.RBRACK, PplLexer.RBRACE -> open.poll();
        case PplLexer.COMMA -> {
          int[] list = open.peek();
          if (list != null && ++list[1] > MAX_ELEMENTS) {
            Token start = tokens.get(list[0]);
            throw new PplException(spans.at(start.getStartIndex(), 1), String.format(
                "more than %,d %s here; read large arrays as data", MAX_ELEMENTS,
                start.getType() == PplLexer.LBRACK ? "array elements"
                    : start.getType() == PplLexer.LBRACE ? "record fields" : "arguments"));
          }
        }
        default -> { }
      }
    }
  }
}
