package org.ppl4j.runner.data;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the JSON and CSV parsers made fit for a user: one line, no hints about
 * parser settings or Java class names, starting lower-case; and the line number some CSV
 * messages carry.
 */
final class ParserMessages {
  private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern CSV_LINE = Pattern.compile("^\\((?:start)?line (\\d+)\\)\\s*");
  private static final Pattern CSV_AT_LINE = Pattern.compile(" at line: (\\d+), position: \\d+$");
  private static final String[] CUT_AT = {": enable `", " (start marker at", " at [Source",
      "\n"};

  private ParserMessages() {}

  /** A JSON parser's message, e.g. "'NaN' is not a JSON number (...)". */
  static String json(String message) {
    Matcher nonNumeric = NON_NUMERIC.matcher(message);
    if (nonNumeric.find()) {
      return "'" + nonNumeric.group(1) + "' is not a JSON number (JSON has no NaN or Infinity;"
          + " give a finite number)";
    }
    return plain(message);
  }

  /**
   * The length of the non-numeric token ({@code NaN}, {@code Infinity}) a JSON parser's message
   * is about, or 0: the parser reports the place after such a token.
   */
  static int nonNumericLength(String message) {
    Matcher nonNumeric = NON_NUMERIC.matcher(message);
    return nonNumeric.find() ? nonNumeric.group(1).length() : 0;
  }

  /** A CSV parser's message without the line number it carries. */
  static String csv(String message) {
    String text = CSV_AT_LINE.matcher(CSV_LINE.matcher(message.strip()).replaceFirst(""))
        .replaceFirst("");
    if (text.startsWith("EOF reached before encapsulated token finished")) {
      return "a quoted cell has no closing '\"' before the end of the file";
    }
    return plain(text);
  }

  /** The line a CSV parser's message names ("(line N)", "(startline N)", "at line: N"). */
  static OptionalInt csvLine(String message) {
    Matcher start = CSV_LINE.matcher(message.strip());
    if (start.find()) {
      return OptionalInt.of(Integer.parseInt(start.group(1)));
    }
    Matcher end = CSV_AT_LINE.matcher(message.strip());
    return end.find() ? OptionalInt.of(Integer.parseInt(end.group(1))) : OptionalInt.empty();
  }

  private static String plain(String message) {
    String out = message.strip();
    for (String cut : CUT_AT) {
      int at = out.indexOf(cut);
      if (at > 0) {
        out = out.substring(0, at);
      }
    }
    boolean word = out.length() > 1 && Character.isLowerCase(out.charAt(1));
    return word ? out.substring(0, 1).toLowerCase(Locale.ROOT) + out.substring(1) : out;
  }
}
