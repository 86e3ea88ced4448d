package org.ppl4j.runner.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.check.Suggestions;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.data.DataSet;
import org.ppl4j.runner.method.AutoMethod;
import org.ppl4j.runner.method.InferenceMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodChoice;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodRegistry;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.runner.predict.ObservationLog;
import org.ppl4j.runner.predict.Predictive;
import org.ppl4j.runner.predict.RecordingProgram;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * The one run pipeline, {@link RunRequest} to {@link RunResult}, that every front end uses
 * ({@code ppl run} and {@code ppl check}, the {@code .ppl} kernel, the {@code %%ppl} magic):
 *
 * <pre>
 * run = report ∘ infer ∘ loadData ∘ compile ∘ readOptions ∘ chooseMethod
 * </pre>
 *
 * <p>Each stage is written once: the method is looked up by name; the option texts are read
 * and validated ({@link RunOptions}), and those the method does not read earn a warning; the
 * program is read and compiled; its data is read and checked against the declared types
 * ({@link DataLoader}); {@code --method auto} (the default) picks the method from the model's
 * shape ({@link AutoMethod}), and the report says which and why; the method runs from the seed
 * (given, or a fresh one); the summary is
 * computed. Whatever fails is a {@link UserError} (through {@link UserErrors}, with the
 * program's text at hand for the caret) or a bug, so that every front end shows the same error
 * text for the same bad program. Front ends keep their own jobs: reading arguments or cells,
 * rendering results and errors.
 */
public final class RunPipeline {
  private final ProgramCompiler compiler;
  private final MethodRegistry methods;
  private final LongSupplier nanoClock;
  private final LongSupplier seedSource;

  /**
   * A pipeline over these parts.
   *
   * @param compiler the {@code .ppl} compiler
   * @param methods the methods a run may name
   * @param nanoClock a monotonic clock in nanoseconds (for the run's wall time)
   * @param seedSource the seed of a run without {@code --seed}
   */
  public RunPipeline(ProgramCompiler compiler, MethodRegistry methods, LongSupplier nanoClock,
      LongSupplier seedSource) {
    this.compiler = Objects.requireNonNull(compiler, "compiler");
    this.methods = Objects.requireNonNull(methods, "methods");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.seedSource = Objects.requireNonNull(seedSource, "seedSource");
  }

  /** The methods this pipeline runs. */
  public MethodRegistry methods() {
    return methods;
  }

  /**
   * Runs {@code request}.
   *
   * @throws UserError for anything the user can fix (a bad program, data, method or option,
   *     an inference that cannot proceed); other exceptions are bugs
   */
  public RunResult run(RunRequest request) {
    Map<String, String> sources = new LinkedHashMap<>();
    return userErrors(sources, () -> {
      InferenceMethod method = chooseMethod(request.method());
      RunOptions options = RunOptions.parse(request.options());
      boolean auto = method instanceof AutoMethod;
      if (!auto) {
        warnUnread(method, options, request.warnings(), "");
      }
      Program program = compile(request.program(), sources, request.observing());
      DataSet data = loadData(program, request.data(), method.extraDataNames());
      data.warnings().forEach(request.warnings());
      InferenceProblem problem = new InferenceProblem(
          request.observing() ? new RecordingProgram(program) : program, data.values(),
          data.extras());
      long seed = options.seed().orElseGet(seedSource);
      long start = nanoClock.getAsLong();
      MethodChoice.Ran ran = Deadline.within(options.timeoutSeconds(), () -> {
        MethodChoice choice = auto ? ((AutoMethod) method).choose(problem)
            : MethodChoice.named(method);
        if (auto) {
          warnUnread(choice.method(), options, request.warnings(), " (chosen by --method auto)");
        }
        if (choice.method().writesOwnDraws()) {
          request.draws().ifPresent(OutputFiles::checkDrawsTarget);
        }
        return choice.run(problem, options.method(), seed, request.progress(), request.draws());
      });
      Posterior<Value> posterior = ran.posterior().named(program.resultName());
      Optional<Predictive> predictive = Optional.empty();
      if (request.observing()) {
        predictive = Optional.of(Predictive.of(posterior, seed,
            request.predict() ? "--predict" : "--loo"));
        posterior = ObservationLog.strip(posterior);
      }
      InferenceMethod used = ran.choice().method();
      Optional<LooReport> loo = request.loo()
          ? Optional.of(LooReport.of(predictive.orElseThrow(), posterior, used.name()))
          : Optional.empty();
      double seconds = (nanoClock.getAsLong() - start) / 1e9;
      RunReport report = report(program, used.name(), seed, posterior, seconds);
      if (ran.choice().reason().isPresent()) {
        report = report.withMethodReason(ran.choice().reason().get());
      }
      warnIfNothingToSummarise(report, posterior, request.warnings());
      boolean ownRows = used.writesOwnDraws()
          || predictive.map(p -> p.copies() > 1).orElse(false);
      Optional<Path> predictiveDraws = request.predict()
          ? request.draws().map(path -> ownRows ? OutputFiles.besideOwnDraws(path, "predict")
              : path)
          : Optional.empty();
      return new RunResult(program, used.name(), seed, posterior, report,
          used.writesOwnDraws() ? Optional.empty() : request.draws(), request.plot(),
          request.predict() ? predictive : Optional.empty(), loo, predictiveDraws);
    });
  }

  /**
   * Compiles a program and, when data is given, reads and checks it, without running
   * inference ({@code ppl check}).
   *
   * @param warnings where the data's warnings go
   * @throws UserError for a bad program or data
   */
  public Program check(ProgramSource source, DataSource data, Consumer<String> warnings) {
    Map<String, String> sources = new LinkedHashMap<>();
    return userErrors(sources, () -> {
      Program program = compile(source, sources, false);
      if (!(data instanceof DataSource.None)) {
        loadData(program, data, Set.of()).warnings().forEach(warnings);
      }
      return program;
    });
  }

  /**
   * Checks a method name and option texts before any program runs with them (a notebook's
   * {@code %method} line), as {@link #run} would.
   *
   * @throws UserError.Usage naming the unknown method or the bad option
   */
  public void checkSettings(Optional<String> method, Map<String, String> options) {
    chooseMethod(method);
    RunOptions.parse(options);
  }

  private InferenceMethod chooseMethod(Optional<String> name) {
    if (name.isEmpty()) {
      return methods.defaultMethod()
          .orElseThrow(() -> UserError.usage("no inference method is available"));
    }
    String method = name.get();
    return methods.find(method).orElseThrow(() -> UserError.usage("unknown method '" + method
        + "'" + Suggestions.hint(method, methods.names())
        + "; the methods are: " + String.join(", ", methods.names())));
  }

  private static void warnUnread(InferenceMethod method, RunOptions options,
      Consumer<String> warnings, String chosen) {
    Set<MethodOption> unread = EnumSet.allOf(MethodOption.class);
    unread.removeAll(method.reads());
    for (MethodOption option : unread) {
      if (options.method().isGiven(option)) {
        warnings.accept("warning: method '" + method.name() + "'" + chosen + " does not use "
            + option.flag() + " (ignored)");
      }
    }
  }

  /** Reads (for a file: as UTF-8, see {@link SourceText}) and compiles the program. */
  private Program compile(ProgramSource source, Map<String, String> sources,
      boolean observing) {
    String name = source.name();
    String text;
    if (source instanceof ProgramSource.File file) {
      Path path = file.path();
      SourceText decoded;
      try {
        decoded = SourceText.decode(name, Files.readAllBytes(path));
      } catch (NoSuchFileException e) {
        throw new UserError("cannot read '" + name + "': no such file");
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new UserError("cannot read '" + name + "'" + (Files.isDirectory(path)
            ? ": it is a directory" : ": " + e.getMessage()));
      }
      sources.put(name, decoded.text());
      decoded.error().ifPresent(e -> {
        throw e;
      });
      text = decoded.text();
    } else {
      text = ((ProgramSource.Text) source).text();
      sources.put(name, text);
    }
    return observing ? compiler.compileObserving(name, text) : compiler.compile(name, text);
  }

  private static DataSet loadData(Program program, DataSource data, Set<String> extraNames) {
    if (data instanceof DataSource.File file) {
      return DataLoader.load(program.dataInputs(), Optional.of(file.path()), extraNames);
    } else if (data instanceof DataSource.Text text) {
      return DataLoader.parse(program.dataInputs(), text.name(), text.text(), extraNames);
    }
    return DataLoader.load(program.dataInputs(), Optional.empty(), extraNames);
  }

  /** The report; a result a summary cannot hold (NaN in some draws) is an error at the return. */
  /**
   * A warning when the result has no numeric leaf (a String, a function, a distribution, an
   * empty array): the summary would be empty with no word of why (issue 20, finding 12).
   */
  private static void warnIfNothingToSummarise(RunReport report, Posterior<Value> posterior,
      Consumer<String> warnings) {
    if (report.summary().isEmpty() && !posterior.draws().values().isEmpty()) {
      String type = posterior.draws().values().get(0).typeName();
      warnings.accept("warning: the returned value (" + type + ") has no numeric part to"
          + " summarise; return a number, a Bool, or an array or record of them");
    }
  }

  private static RunReport report(Program program, String method, long seed,
      Posterior<Value> posterior, double seconds) {
    try {
      return RunReport.of(program.fileName(), method, seed, posterior, program.resultName(),
          seconds);
    } catch (InferenceException e) {
      throw program.resultSpan().<RuntimeException>map(span -> UserError.at(span, e.getMessage()))
          .orElse(e);
    }
  }

  /** Runs {@code stage}, turning what it throws into a {@link UserError} where it is one. */
  private static <T> T userErrors(Map<String, String> sources,
      java.util.function.Supplier<T> stage) {
    try {
      return stage.get();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
      Optional<UserError> user = UserErrors.of(failure, sources);
      if (user.isPresent()) {
        throw user.get();
      }
      throw failure;
    }
  }
}
