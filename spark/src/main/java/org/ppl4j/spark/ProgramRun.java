package org.ppl4j.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.runner.pipeline.ProgramSource;
import org.ppl4j.runner.pipeline.RunPipeline;
import org.ppl4j.runner.pipeline.RunRequest;
import org.ppl4j.runner.pipeline.RunResult;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.runner.progress.Progress;

/**
 * One {@code ppl run} as a Spark task can carry it: the program's text, the method and its
 * option texts, all serializable. {@link #run} goes through the same pipeline as the command
 * line ({@link RunPipeline}), so a task's result is the command's for the same data and seed;
 * it runs on one thread ({@link Parallelism#limitedTo}), as the task's core is its share.
 *
 * @param programName the program's file name, for messages
 * @param programText the program
 * @param method the method, or null for the default
 * @param options option texts by flag without dashes, without {@code seed}
 */
public record ProgramRun(String programName, String programText, String method,
    LinkedHashMap<String, String> options) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Requires the program, copies the options and refuses a {@code seed} among them. */
  public ProgramRun {
    Objects.requireNonNull(programName, "programName");
    Objects.requireNonNull(programText, "programText");
    options = new LinkedHashMap<>(options);
    if (options.containsKey("seed")) {
      throw new IllegalArgumentException("the seed is given to run(), not as an option");
    }
  }

  /** This run with the option {@code --key value} set (replacing a value given before). */
  public ProgramRun with(String key, String value) {
    LinkedHashMap<String, String> more = new LinkedHashMap<>(options);
    more.put(key, value);
    return new ProgramRun(programName, programText, method, more);
  }

  /**
   * Runs the program on {@code data} with {@code seed}.
   *
   * @param warnings where the pipeline's own warnings go (undeclared data names, unread options)
   * @throws org.ppl4j.runner.UserError as {@code ppl run} would report it
   */
  public RunResult run(DataSource data, long seed, Consumer<String> warnings) {
    Map<String, String> texts = new LinkedHashMap<>(options);
    texts.put("seed", Long.toString(seed));
    RunPipeline pipeline = new RunPipeline(PplCompiler::compile, StandardMethods.registry(),
        System::nanoTime, () -> seed);
    RunRequest request = RunRequest.of(new ProgramSource.Text(programName, programText), data)
        .withMethod(Optional.ofNullable(method), texts)
        .reporting(Progress.silent(), warnings);
    // one thread per task: the executor's cores are the parallel unit (results do not depend
    // on the thread count)
    return Parallelism.limitedTo(1, () -> pipeline.run(request));
  }
}
