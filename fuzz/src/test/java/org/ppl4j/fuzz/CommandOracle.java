package org.ppl4j.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.ppl4j.runner.cli.Main;

/**
 * Runs the {@code ppl} command in this JVM on one fuzz input and judges the outcome (issue 20).
 * A failure is: an exit code other than 0 (success), 1 (a user error) or, where the caller
 * allows it, 2 (a usage error); in particular 70, an internal error; a Java class name or a
 * stack trace in what the user sees; a run longer than {@link #TIME_LIMIT_SECONDS}; or NaN or
 * infinity in a successful run's output with no warning on standard error.
 */
final class CommandOracle {
  /** The most a single input may take before it counts as a hang. */
  static final long TIME_LIMIT_SECONDS = 60;

  private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fuzz-ppl");
    t.setDaemon(true);
    return t;
  });
  private static final Pattern JAVA_LEAK =
      Pattern.compile("Exception|\\n\\s+at [a-z]|java\\.[a-z]+\\.|org\\.ppl4j\\.");
  private static final Pattern NON_FINITE =
      Pattern.compile("(?i)(?<![a-z_])(nan|-?inf(inity)?)(?![a-z_0-9])");

  private CommandOracle() {}

  /** What one run printed and returned. */
  record Outcome(int exitCode, String out, String err) {}

  /** Runs {@code ppl args...}; fails if it does not end within the time limit. */
  static Outcome run(List<String> args, String input) {
    Future<Outcome> run = WORKER.submit(() -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
      return new Outcome(code, out.toString(), err.toString());
    });
    try {
      return run.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      throw new AssertionError("hang: over " + TIME_LIMIT_SECONDS + " s for " + describe(args, input));
    } catch (ExecutionException e) {
      throw new AssertionError("crash: " + e.getCause() + " for " + describe(args, input), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted");
    }
  }

  /** Runs and judges; {@code usageErrorAllowed} lets exit 2 pass (for fuzzed command lines). */
  static Outcome check(List<String> args, String input, boolean usageErrorAllowed) {
    Outcome o = run(args, input);
    String where = describe(args, input) + "\nexit " + o.exitCode() + "\nstdout:\n" + o.out()
        + "\nstderr:\n" + o.err();
    boolean allowed = o.exitCode() == 0 || o.exitCode() == 1
        || (usageErrorAllowed && o.exitCode() == 2);
    if (!allowed) {
      throw new AssertionError("exit code " + o.exitCode() + ": " + where);
    }
    if (leaks(o.err(), input) || leaks(o.out(), input)) {
      throw new AssertionError("a Java class or stack trace reached the user: " + where);
    }
    // run warnings follow the table on standard output (issue 15); others go to standard error
    if (o.exitCode() == 0 && NON_FINITE.matcher(o.out()).find()
        && !(o.out() + o.err()).toLowerCase(java.util.Locale.ROOT).contains("warning:")) {
      throw new AssertionError("NaN or infinity in the output without a warning: " + where);
    }
    return o;
  }

  /** Whether {@code text} names a Java class or shows a stack trace not quoted from the input. */
  private static boolean leaks(String text, String input) {
    var m = JAVA_LEAK.matcher(text);
    while (m.find()) {
      if (!input.contains(m.group().trim())) {
        return true;
      }
    }
    return false;
  }

  /** A fresh temporary file holding {@code bytes}, deleted when the JVM exits. */
  static Path file(String suffix, byte[] bytes) {
    try {
      Path p = Files.createTempFile("ppl-fuzz-", suffix);
      p.toFile().deleteOnExit();
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(List<String> args, String input) {
    String shown = input.length() > 2000 ? input.substring(0, 2000) + "..." : input;
    return "ppl " + String.join(" ", args) + "\ninput:\n" + shown;
  }
}
