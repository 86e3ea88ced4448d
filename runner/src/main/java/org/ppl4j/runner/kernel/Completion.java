package org.ppl4j.runner.kernel;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ppl4j.compiler.eval.Builtins;
import org.ppl4j.grammar.PplLexer;

/**
 * Tab completion for the {@code .ppl} kernel: the word before the cursor is completed with the
 * language's keywords (from the grammar's vocabulary), its builtin functions and constants
 * (from the compiler's table) and the names the cell itself uses; after a {@code %} at the start
 * of a line, with the kernel's magics.
 *
 * @param matches the candidates, sorted
 * @param start offset of the first character of the word being completed
 * @param end offset just after it (the cursor)
 */
public record Completion(List<String> matches, int start, int end) {

  private static final Set<String> KEYWORDS = keywords();
  private static final List<String> MAGICS = List.of("data", "method");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Copies the matches. */
  public Completion {
    matches = List.copyOf(matches);
  }

  /**
   * The completions at {@code cursor} in {@code code}.
   *
   * @param cursor an offset in [0, code.length()]
   */
  public static Completion at(String code, int cursor) {
    int end = Math.max(0, Math.min(cursor, code.length()));
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(code.charAt(start - 1)) || code.charAt(start - 1) == '_')) {
      start--;
    }
    String prefix = code.substring(start, end);
    Set<String> candidates = new TreeSet<>();
    if (start > 0 && code.charAt(start - 1) == '%' && lineStart(code, start - 1)) {
      MAGICS.stream().filter(m -> m.startsWith(prefix)).forEach(candidates::add);
      return new Completion(List.copyOf(candidates), start, end);
    }
    if (prefix.isEmpty() || Character.isDigit(prefix.charAt(0))) {
      return new Completion(List.of(), start, end);
    }
    Matcher m = IDENTIFIER.matcher(code);
    while (m.find()) {
      if (m.end() != end) {
        candidates.add(m.group());
      }
    }
    candidates.addAll(KEYWORDS);
    candidates.addAll(Builtins.names());
    candidates.removeIf(c -> !c.startsWith(prefix) || c.equals(prefix));
    return new Completion(List.copyOf(candidates), start, end);
  }

  private static boolean lineStart(String code, int at) {
    int i = at - 1;
    while (i >= 0 && code.charAt(i) != '\n') {
      if (!Character.isWhitespace(code.charAt(i))) {
        return false;
      }
      i--;
    }
    return true;
  }

  private static Set<String> keywords() {
    Set<String> words = new TreeSet<>();
    for (int type = 1; type <= PplLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = PplLexer.VOCABULARY.getLiteralName(type);
      if (literal != null && literal.matches("'[a-z]+'")) {
        words.add(literal.substring(1, literal.length() - 1));
      }
    }
    return words;
  }
}
