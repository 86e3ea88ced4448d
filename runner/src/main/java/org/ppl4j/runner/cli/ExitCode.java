package org.ppl4j.runner.cli;

/** The exit codes of {@code ppl} (STYLE.md, LANGUAGE.md §7). */
public final class ExitCode {
  private ExitCode() {}

  /** Success. */
  public static final int OK = 0;
  /** A user error: a bad program, bad data, an unreadable file; a diagnostic was printed. */
  public static final int USER_ERROR = 1;
  /** A usage error: an unknown option or method, a bad option value. */
  public static final int USAGE = 2;
  /** An internal error: a bug in ppl4j (BSD sysexits' EX_SOFTWARE). */
  public static final int INTERNAL = 70;
}
