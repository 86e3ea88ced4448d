package org.ppl4j.runner.kernel;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether a cell of {@code .ppl} source is ready to run, for Jupyter's {@code is_complete}
 * request (a console decides from it whether Enter runs the cell or opens a new line).
 *
 * <p>The test is lexical, following the statement rules of LANGUAGE.md §2: a cell is
 * incomplete while a bracket {@code ( [ {} or a block comment is open, or when its last token
 * is a binary operator or a comma (the statement goes on); it is invalid when a closing bracket
 * does not match; otherwise complete. Magic lines ({@code %...}) are skipped.
 *
 * @param state the verdict
 * @param indent the indentation to offer on the next line when incomplete (two spaces per open
 *     bracket), empty otherwise
 */
public record Completeness(State state, String indent) {

  /** The three verdicts of the Jupyter protocol that a lexical test can give. */
  public enum State {
    /** Ready to run. */
    COMPLETE,
    /** More lines are expected. */
    INCOMPLETE,
    /** Cannot become valid by adding lines (a closing bracket without its opener). */
    INVALID
  }

  private static final String CONTINUING = "+-*/%^=<>&|!,.";

  /** The verdict for {@code code}. */
  public static Completeness of(String code) {
    Deque<Character> open = new ArrayDeque<>();
    boolean inBlockComment = false;
    char last = ' ';
    for (String line : code.split("\n", -1)) {
      if (!inBlockComment && line.stripLeading().startsWith("%")) {
        continue;
      }
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (inBlockComment) {
          if (line.startsWith("*/", i)) {
            inBlockComment = false;
            i += 2;
          } else {
            i++;
          }
          continue;
        }
        if (line.startsWith("//", i)) {
          break;
        }
        if (line.startsWith("/*", i)) {
          inBlockComment = true;
          i += 2;
          continue;
        }
        if (c == '"') {
          int end = endOfString(line, i + 1);
          if (end < 0) {
            return new Completeness(State.INVALID, "");
          }
          last = '"';
          i = end + 1;
          continue;
        }
        if (c == '(' || c == '[' || c == '{') {
          open.push(c);
        } else if (c == ')' || c == ']' || c == '}') {
          if (open.isEmpty() || open.pop() != opener(c)) {
            return new Completeness(State.INVALID, "");
          }
        }
        if (!Character.isWhitespace(c)) {
          last = c;
        }
        i++;
      }
    }
    if (inBlockComment || !open.isEmpty() || CONTINUING.indexOf(last) >= 0) {
      return new Completeness(State.INCOMPLETE, "  ".repeat(Math.max(1, open.size())));
    }
    return new Completeness(State.COMPLETE, "");
  }

  private static int endOfString(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  private static char opener(char closer) {
    return closer == ')' ? '(' : closer == ']' ? '[' : '{';
  }

  /**
   * The reply to Jupyter's is-complete request: {@code "complete"}, {@code "invalid"}, or the
   * indent to continue an incomplete cell with (the
   * statuses of the Jupyter messaging protocol's is_complete_reply, which the basekernel's
   * protected {@code IS_COMPLETE_YES}/{@code IS_COMPLETE_BAD} hold).
   */
  public String jupyterReply() {
    switch (state) {
      case COMPLETE:
        return "complete";
      case INVALID:
        return "invalid";
      case INCOMPLETE:
        return indent;
      default:
        throw new AssertionError(state);
    }
  }
}
