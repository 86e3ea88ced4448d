package org.ppl4j.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.ppl4j.compiler.ast.SourceFile;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.grammar.PplLexer;
import org.ppl4j.grammar.PplParser;

/**
 * Source text to AST: lexing, the newline rules, parsing with errors rewritten into the user's
 * words, and tree building. The first error is thrown as a {@link PplException}.
 */
public final class PplParsing {
  private static final java.util.regex.Pattern LONE_CARRIAGE_RETURN =
      java.util.regex.Pattern.compile("\r(?!\n)");

  private PplParsing() {}

  /**
   * Parses {@code sourceText}. A carriage return not followed by a line feed (old Mac line
   * ends) is a line end, like {@code \n} and {@code \r\n}; the replacement keeps every offset.
   *
   * @param fileName the name diagnostics give the file
   * @throws PplException at the first lexical or syntax error
   */
  public static SourceFile parse(String fileName, String sourceText) {
    String text = LONE_CARRIAGE_RETURN.matcher(sourceText).replaceAll("\n");
    Spans spans = new Spans(fileName, text);
    PplLexer lexer = new PplLexer(CharStreams.fromString(text, fileName));
    lexer.removeErrorListeners();
    lexer.addErrorListener(new LexicalErrors(text, spans));
    List<Token> all = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      all.add(t);
      if (t.getType() == Token.EOF) {
        break;
      }
    }
    LiteralLimits.check(all, spans);
    List<Token> tokens = NewlineFilter.apply(all, spans);
    return new SourceFile(fileName, text, new AstBuilder(spans).program(tree(tokens, spans)));
  }

  /**
   * The parse tree, in ANTLR's two stages: the fast SLL prediction first (linear on long
   * operator chains such as {@code 1 ^ 1 ^ ...}, where full LL prediction is quadratic), and
   * only if that fails the full LL parse, which finds every syntax error and words it.
   */
  private static PplParser.ProgramContext tree(List<Token> tokens, Spans spans) {
    PplParser fast = new PplParser(new CommonTokenStream(new ListTokenSource(tokens)));
    fast.removeErrorListeners();
    fast.setErrorHandler(new BailErrorStrategy());
    fast.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return fast.program();
    } catch (ParseCancellationException e) {
      PplParser parser = new PplParser(new CommonTokenStream(new ListTokenSource(tokens)));
      parser.removeErrorListeners();
      parser.addErrorListener(new SyntaxErrors(tokens, spans));
      return parser.program();
    }
  }

  /** Lexical errors: unterminated strings, bad escapes, stray characters. */
  private static final class LexicalErrors extends BaseErrorListener {
    private final String text;
    private final Spans spans;

    LexicalErrors(String text, Spans spans) {
      this.text = text;
      this.spans = spans;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      int start = ((PplLexer) recognizer)._tokenStartCharIndex;
      char c = text.charAt(start);
      if (c == '"') {
        for (int i = start + 1; i < text.length() && text.charAt(i) != '\n'; i++) {
          if (text.charAt(i) == '\\') {
            char n = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if ("\"\\nt".indexOf(n) < 0) {
              throw new PplException(spans.at(i, 2), "unknown escape '\\" + n
                  + "' in string (use \\\", \\\\, \\n or \\t)");
            }
            i++;
          } else if (text.charAt(i) == '"') {
            break;
          }
        }
        throw new PplException(spans.at(start, Integer.MAX_VALUE),
            "unterminated string: missing closing '\"'");
      }
      throw new PplException(spans.at(start, 1), "unexpected character '" + c + "'");
    }
  }
}
