package org.ppl4j.runner.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.ppl4j.runner.pipeline.ProgramCompiler;
import org.ppl4j.runner.pipeline.RunPipeline;
import org.ppl4j.runner.method.MethodRegistry;

/**
 * What the commands run against: the output streams, whether standard error is a terminal
 * (for the progress bar), the compiler, the inference methods, and a clock and seed source.
 * The command line's {@link Main} builds the real one; tests build their own.
 *
 * @param out standard output (results)
 * @param err standard error (diagnostics, warnings, progress)
 * @param errIsTerminal whether {@code err} is an interactive terminal
 * @param compiler the {@code .ppl} compiler
 * @param methods the inference methods {@code --method} may name
 * @param nanoClock a monotonic clock in nanoseconds
 * @param seedSource the seed of a run without {@code --seed}
 */
public record CommandContext(
    PrintWriter out,
    PrintWriter err,
    boolean errIsTerminal,
    ProgramCompiler compiler,
    MethodRegistry methods,
    LongSupplier nanoClock,
    LongSupplier seedSource) {
  public CommandContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(compiler, "compiler");
    Objects.requireNonNull(methods, "methods");
    Objects.requireNonNull(nanoClock, "nanoClock");
    Objects.requireNonNull(seedSource, "seedSource");
  }

  /** The run pipeline over this context's compiler, methods, clock and seed source. */
  public RunPipeline pipeline() {
    return new RunPipeline(compiler, methods, nanoClock, seedSource);
  }
}
