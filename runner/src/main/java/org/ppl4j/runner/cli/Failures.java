package org.ppl4j.runner.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.pipeline.UserErrors;

/**
 * Turns anything a command throws into a message on standard error and an exit code, so that
 * no Java stack trace reaches a user: a user error ({@link UserErrors} decides which failures
 * are) is printed as {@link UserError#render()} renders it, prefixed {@code ppl: } when it has
 * no place (exit 1; 2 for a {@link UserError.Usage}); anything else is an internal error asking
 * for a report (exit 70; the stack trace only with {@code --debug}).
 */
final class Failures {
  private Failures() {}

  /**
   * Reports {@code failure} on {@code err} and returns the exit code.
   *
   * @param sources the text of each program file read so far, by the name diagnostics use
   * @param debug whether to print stack traces of internal errors
   */
  static int report(Throwable failure, Map<String, String> sources, boolean debug,
      PrintWriter err) {
    try {
      Optional<UserError> user = UserErrors.of(failure, sources);
      if (user.isPresent()) {
        err.println(text(user.get()));
        return user.get() instanceof UserError.Usage ? ExitCode.USAGE : ExitCode.USER_ERROR;
      }
      err.println("ppl: internal error: " + failure
          + System.lineSeparator() + "This is a bug in ppl4j; please report it"
          + (debug ? " with the stack trace below." : " (rerun with --debug for the details)."));
      if (debug) {
        failure.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    } finally {
      err.flush();
    }
  }

  /** A user error as the command line prints it: the program's name before a placeless one. */
  static String text(UserError error) {
    return (error.span().isPresent() ? "" : "ppl: ") + error.render();
  }
}
