package org.ppl4j.runner.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.ppl4j.runner.method.StandardMethods;

/**
 * The entry point of the {@code ppl} command, which it runs on a thread with a large stack.
 * Standard error counts as a terminal when the
 * launcher says so ({@code -Dppl.stderr.tty=true}, set by {@code ./ppl} from {@code [ -t 2 ]})
 * or, failing that, when the JVM has a console.
 */
public final class Main {
  /**
   * The stack of the thread that runs a command: the parser, the checks and the evaluator
   * recurse over the program's nesting, so deeply nested programs (10,000 parentheses) need
   * more than the JVM's default; the memory is reserved, and only used as the stack grows.
   */
  private static final long STACK_BYTES = 1L << 30;

  private Main() {}

  /** Runs {@code ppl} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs {@code ppl} with {@code args} on the real streams; returns the exit code. */
  public static int run(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    String tty = System.getProperty("ppl.stderr.tty");
    boolean errIsTerminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    return run(args, out, err, errIsTerminal);
  }

  /**
   * Runs {@code ppl} with {@code args} in this JVM, writing to {@code out} and {@code err}
   * (no progress bar): how tests and the notebook call the command.
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, boolean tty) {
    CommandContext context = new CommandContext(out, err, tty, Compilers.standard(),
        StandardMethods.registry(), System::nanoTime, new SplittableRandom()::nextLong);
    AtomicInteger code = new AtomicInteger(ExitCode.INTERNAL);
    Thread command = new Thread(null, () -> code.set(PplCommand.commandLine(context, args).execute(args)),
        "ppl", STACK_BYTES);
    try {
      command.start();
      command.join();
      return code.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
