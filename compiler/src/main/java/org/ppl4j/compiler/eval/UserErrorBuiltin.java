package org.ppl4j.compiler.eval;

import org.ppl4j.semantics.value.AdArith;
import java.util.Map;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code error(message)} of LANGUAGE.md §9.1: stops the run with a user error at the call,
 * reported like every run-time error (file:line:col, the source line, a caret, the message,
 * exit status 1, no stack trace). A {@code String} is the message as written; any other value
 * is shown in the language's syntax ({@link ValueText}). Under gradient-based inference a point
 * where it is raised is rejected (as Stan's {@code reject}); the run stops with the message
 * when no initial point avoids it.
 */
final class UserErrorBuiltin {
  private UserErrorBuiltin() {}

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new SimpleBuiltin("error", 1, 1, a -> {
      throw new IllegalArgumentException(message(a[0]));
    }));
  }

  /** The text of the message value. */
  static String message(Value v) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    return ValueText.of(AdArith.plain(v));
  }
}
