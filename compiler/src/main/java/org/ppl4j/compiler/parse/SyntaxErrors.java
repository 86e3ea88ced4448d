package org.ppl4j.compiler.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.grammar.PplLexer;

/**
 * Turns the parser's first syntax error into one diagnostic in the user's words: an unclosed
 * bracket names where it was opened, a misplaced keyword or {@code =} says what was meant, and
 * otherwise the message says what was expected and what was found. ANTLR's own wording
 * ("extraneous input ... expecting {...}") never reaches the user.
 */
final class SyntaxErrors extends BaseErrorListener {
  private static final Map<Integer, Integer> CLOSER_OF = Map.of(
      PplLexer.LPAREN, PplLexer.RPAREN, PplLexer.LBRACK, PplLexer.RBRACK,
      PplLexer.LBRACE, PplLexer.RBRACE);
  private static final List<Integer> EXPRESSION_STARTS = List.of(
      PplLexer.INT, PplLexer.REAL, PplLexer.STRING, PplLexer.ID, PplLexer.LPAREN);
  private static final List<Integer> KEYWORDS = List.of(
      PplLexer.DATA, PplLexer.FUN, PplLexer.FN, PplLexer.LET, PplLexer.OBSERVE, PplLexer.FOR,
      PplLexer.IN, PplLexer.IF, PplLexer.ELSE, PplLexer.RETURN, PplLexer.TRUE, PplLexer.FALSE);

  private final List<Token> tokens;
  private final Spans spans;

  SyntaxErrors(List<Token> tokens, Spans spans) {
    this.tokens = tokens;
    this.spans = spans;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
      int charPositionInLine, String antlrMessage, RecognitionException e) {
    Token found = (Token) offendingSymbol;
    IntervalSet expected = expectedTokens((Parser) recognizer, e);
    throw new PplException(describe(found, expected));
  }

  private static IntervalSet expectedTokens(Parser parser, RecognitionException e) {
    try {
      return e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
          : parser.getExpectedTokens();
    } catch (RuntimeException ignored) {
      return new IntervalSet();
    }
  }

  private org.ppl4j.compiler.diagnostics.Diagnostic describe(Token found, IntervalSet expected) {
    int index = indexOf(found);
    Token previous = index > 0 ? tokens.get(index - 1) : found;
    Deque<Token> open = unclosedBefore(index);
    int type = found.getType();
    SourceSpan here = spans.of(found);
    SourceSpan afterPrevious = spans.after(previous);

    if (CLOSER_OF.containsValue(type)) {
      if (open.isEmpty()) {
        return diag(here, "unexpected " + show(found) + " with no matching "
            + quote(opener(type)));
      }
      if (CLOSER_OF.get(open.peek().getType()) != type) {
        return diag(here, expectedCloser(open.peek()) + ", found " + show(found));
      }
    }
    if (type == Token.EOF && !open.isEmpty()) {
      return diag(afterPrevious, expectedCloser(open.peek()));
    }
    if (!open.isEmpty() && open.peek().getType() != PplLexer.LBRACE
        && expected.contains(CLOSER_OF.get(open.peek().getType()))
        && (found.getLine() > previous.getLine() || type == PplLexer.SEMI)) {
      return diag(afterPrevious, expectedCloser(open.peek()));
    }
    if (type == PplLexer.ELSE) {
      return diag(here, "unexpected 'else' without a matching 'if'");
    }
    if (type == PplLexer.ASSIGN && previous.getType() == PplLexer.ID && startsStatement(index - 1)) {
      return diag(here, "unexpected '=': to bind '" + previous.getText() + "', write 'let "
          + previous.getText() + " = ...'");
    }
    if (type == PplLexer.ASSIGN && expected.contains(PplLexer.EQ)) {
      return diag(here, "unexpected '=' (to compare two values, use '==')");
    }
    if (KEYWORDS.contains(type) && expected.contains(PplLexer.ID)
        && !expectsExpression(expected)) {
      return diag(here, show(found) + " is a reserved word and cannot be used as a name");
    }
    SourceSpan where = type == Token.EOF ? afterPrevious : here;
    if (expectsExpression(expected) && !expected.contains(PplLexer.NL)) {
      return diag(where, "expected an expression, found " + show(found));
    }
    if (expected.contains(PplLexer.NL) || expected.contains(PplLexer.SEMI)) {
      return diag(where, "unexpected " + show(found)
          + " (a statement ends at a new line or ';')");
    }
    if (expected.size() == 1) {
      int want = expected.getMinElement();
      String what = want == PplLexer.ID ? "a name" : quote(PplLexer.VOCABULARY.getLiteralName(want));
      return diag(where, "expected " + what + ", found " + show(found));
    }
    return diag(where, "unexpected " + show(found));
  }

  /** Whether the token at {@code index} is the first of a statement. */
  private boolean startsStatement(int index) {
    if (index <= 0) {
      return true;
    }
    int before = tokens.get(index - 1).getType();
    return before == PplLexer.NL || before == PplLexer.SEMI || before == PplLexer.LBRACE;
  }

  private static boolean expectsExpression(IntervalSet expected) {
    return EXPRESSION_STARTS.stream().allMatch(expected::contains);
  }

  private static org.ppl4j.compiler.diagnostics.Diagnostic diag(SourceSpan span, String message) {
    return new org.ppl4j.compiler.diagnostics.Diagnostic(span, message);
  }

  private String expectedCloser(Token opener) {
    int closer = CLOSER_OF.get(opener.getType());
    return "expected " + quote(PplLexer.VOCABULARY.getLiteralName(closer)) + " to close "
        + quote(opener.getText()) + " opened at " + opener.getLine() + ":"
        + (opener.getCharPositionInLine() + 1);
  }

  private static String opener(int closer) {
    for (Map.Entry<Integer, Integer> e : CLOSER_OF.entrySet()) {
      if (e.getValue() == closer) {
        return PplLexer.VOCABULARY.getLiteralName(e.getKey());
      }
    }
    throw new AssertionError(closer);
  }

  private int indexOf(Token found) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i) == found) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  private Deque<Token> unclosedBefore(int index) {
    Deque<Token> open = new ArrayDeque<>();
    for (int i = 0; i < index; i++) {
      Token t = tokens.get(i);
      if (CLOSER_OF.containsKey(t.getType())) {
        open.push(t);
      } else if (CLOSER_OF.containsValue(t.getType()) && !open.isEmpty()) {
        open.pop();
      }
    }
    return open;
  }

  /** A token in user words: {@code 'else'}, {@code end of line}, {@code end of file}. */
  static String show(Token t) {
    if (t.getType() == Token.EOF) {
      return "end of file";
    }
    if (t.getType() == PplLexer.NL) {
      return "end of line";
    }
    return quote(t.getText());
  }

  private static String quote(String s) {
    if (s.startsWith("'") && s.endsWith("'") && s.length() >= 2) {
      return s;
    }
    return "'" + s + "'";
  }
}
