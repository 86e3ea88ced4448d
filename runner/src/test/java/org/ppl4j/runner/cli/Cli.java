package org.ppl4j.runner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.runner.method.InferenceMethod;
import org.ppl4j.runner.method.EnumerateMethod;
import org.ppl4j.runner.method.ForwardMethod;
import org.ppl4j.runner.method.RejectionMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.method.MethodRegistry;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/** Runs the {@code ppl} command line in-process against a stand-in compiler and methods. */
final class Cli {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  int exitCode;

  /**
   * A compiler for tests: a source containing {@code BAD} fails at line 1 column 1 with
   * "unknown name 'BAD'"; {@code data flips : Bool[]} on line 1 declares that input; a source
   * containing {@code CRASH} makes the compiler fail with an internal error; any other
   * program is "two coins": {@code a ~ bernoulli(0.5); b ~ bernoulli(0.25); condition(a || b);
   * return {a: a, b: b}} (exactly: evidence 5/8, P(a) = 4/5, P(b) = 2/5).
   */
  static Program compile(String fileName, String source) {
    int bad = source.indexOf("BAD");
    if (bad >= 0) {
      throw new PplException(new SourceSpan(fileName, 1, bad + 1, 3), "unknown name 'BAD'");
    }
    if (source.contains("CRASH")) {
      throw new IllegalStateException("compiler bug");
    }
    List<DataInput> inputs = source.startsWith("data flips : Bool[]")
        ? List.of(new DataInput("flips", PplType.arrayOf(PplType.BOOL), Optional.empty(),
            new SourceSpan(fileName, 1, 6, 5)))
        : List.of();
    return new Program() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public String resultName() {
        return "value";
      }

      @Override
      public List<DataInput> dataInputs() {
        return inputs;
      }

      @Override
      public Model<Value> model(Map<String, Value> data) {
        return Model.sample(Distributions.bernoulli(0.5)).flatMap(a ->
            Model.sample(Distributions.bernoulli(0.25)).flatMap(b ->
                Model.condition(a || b).map(ignored -> record(a, b))));
      }
    };
  }

  private static Value record(boolean a, boolean b) {
    Map<String, Value> fields = new java.util.LinkedHashMap<>();
    fields.put("a", BoolValue.of(a));
    fields.put("b", BoolValue.of(b));
    return new RecordValue(fields);
  }

  /** A method for tests that reads only --particles and records what it was given. */
  static final class RecordingMethod implements InferenceMethod {
    MethodOptions lastOptions;

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public String description() {
      return "a stand-in";
    }

    @Override
    public Set<MethodOption> reads() {
      return Set.of(MethodOption.PARTICLES);
    }

    @Override
    public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
        Progress progress) {
      lastOptions = options;
      throw new IllegalStateException("stand-in method reached");
    }
  }

  final RecordingMethod method = new RecordingMethod();

  private MethodRegistry registry = new MethodRegistry(List.of(method, new EnumerateMethod(),
      new RejectionMethod(), new ForwardMethod()), List.of("fake"));

  /** This harness with the command line's own methods instead of the stand-ins. */
  Cli withStandardMethods() {
    registry = org.ppl4j.runner.method.StandardMethods.registry();
    return this;
  }

  private boolean everySubcommand;

  /** This harness with every subcommand built whatever the arguments (as tests and help do). */
  Cli withEverySubcommand() {
    everySubcommand = true;
    return this;
  }

  /** Runs {@code args} on the command line {@code Main} builds for them (or every subcommand). */
  Cli run(String... args) {
    CommandContext context = new CommandContext(new PrintWriter(out, true),
        new PrintWriter(err, true), false, Cli::compile, registry, () -> 0L, () -> 42L);
    exitCode = (everySubcommand ? PplCommand.commandLine(context)
        : PplCommand.commandLine(context, args)).execute(args);
    return this;
  }
}
