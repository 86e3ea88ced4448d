package org.ppl4j.compiler.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.grammar.PplLexer;

/**
 * The newline rules of LANGUAGE.md §2, applied to the token stream before parsing: a newline
 * ends a statement unless it is inside {@code ( )} or {@code [ ]}, follows a binary operator or
 * a comma, or precedes {@code else}. Hidden tokens (spaces, comments) are dropped, except
 * that a block comment spanning lines counts as a newline; an unterminated block comment is
 * reported here.
 */
final class NewlineFilter {
  private static final Set<Integer> CONTINUES = Set.of(
      PplLexer.PLUS, PplLexer.MINUS, PplLexer.STAR, PplLexer.SLASH, PplLexer.PERCENT,
      PplLexer.CARET, PplLexer.EQ, PplLexer.NE, PplLexer.LT, PplLexer.LE, PplLexer.GT,
      PplLexer.GE, PplLexer.AND, PplLexer.OR, PplLexer.DOTDOT, PplLexer.DOT, PplLexer.COMMA,
      PplLexer.ASSIGN, PplLexer.TILDE, PplLexer.ARROW, PplLexer.COLON);

  private NewlineFilter() {}

  static List<Token> apply(List<? extends Token> all, Spans spans) {
    List<Token> visible = new ArrayList<>();
    for (Token t : all) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        visible.add(t);
      } else if (t.getType() == PplLexer.BLOCK_COMMENT && t.getText().contains("\n")) {
        CommonToken newline = new CommonToken(t);
        newline.setType(PplLexer.NL);
        newline.setChannel(Token.DEFAULT_CHANNEL);
        visible.add(newline);
      }
    }
    checkComments(visible, spans);
    List<Token> out = new ArrayList<>(visible.size());
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < visible.size(); i++) {
      Token t = visible.get(i);
      int type = t.getType();
      if (type == PplLexer.NL) {
        boolean insideParens = !open.isEmpty() && open.peek() != PplLexer.LBRACE;
        boolean afterOperator = !out.isEmpty() && CONTINUES.contains(last(out).getType());
        boolean afterNewline = !out.isEmpty() && last(out).getType() == PplLexer.NL;
        if (insideParens || afterOperator || afterNewline || nextIsElse(visible, i)) {
          continue;
        }
      } else if (type == PplLexer.LPAREN || type == PplLexer.LBRACK || type == PplLexer.LBRACE) {
        open.push(type);
      } else if (type == PplLexer.RPAREN || type == PplLexer.RBRACK || type == PplLexer.RBRACE) {
        if (!open.isEmpty()) {
          open.pop();
        }
      }
      out.add(t);
    }
    return out;
  }

  private static Token last(List<Token> tokens) {
    return tokens.get(tokens.size() - 1);
  }

  private static boolean nextIsElse(List<Token> tokens, int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      int type = tokens.get(j).getType();
      if (type != PplLexer.NL) {
        return type == PplLexer.ELSE;
      }
    }
    return false;
  }

  /** {@code /*} that did not lex as a comment has no closing {@code *}{@code /}. */
  private static void checkComments(List<Token> tokens, Spans spans) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token a = tokens.get(i);
      Token b = tokens.get(i + 1);
      if (a.getType() == PplLexer.SLASH && b.getType() == PplLexer.STAR
          && b.getStartIndex() == a.getStopIndex() + 1) {
        throw new PplException(spans.between(a, b), "unterminated comment: '/*' has no '*/'");
      }
    }
  }
}
