package org.ppl4j.runner.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.DiagnosticRenderer;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.data.DataSet;
import org.ppl4j.runner.method.InferenceMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.method.MethodRegistry;
import org.ppl4j.runner.method.ResamplerKind;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * The {@link CellRunner} over the project's compiler ({@link PplCompiler}), data loader
 * ({@link DataLoader}) and inference methods ({@link StandardMethods}), as {@code ppl run} uses
 * them: the cell's settings name the method and options, its data is read as a JSON data file.
 * Without {@code --seed} a run draws a fresh seed, as {@code ppl run} does.
 */
public final class NotebookRunner implements CellRunner {

  private final MethodRegistry methods;

  /** A runner over the standard methods. */
  public NotebookRunner() {
    this(StandardMethods.registry());
  }

  /** A runner over {@code methods}. */
  public NotebookRunner(MethodRegistry methods) {
    this.methods = methods;
  }

  @Override
  public Posterior<Value> run(String fileName, String source, RunSettings settings, JsonNode data)
      throws PplError {
    InferenceMethod method = method(settings);
    MethodOptions options = options(settings);
    long seed = settings.options().containsKey("seed")
        ? integer(settings, "seed") : new SplittableRandom().nextLong();
    try {
      Program program = PplCompiler.compile(fileName, source);
      DataSet dataSet = DataLoader.parse(program.dataInputs(), "notebook data.json",
          data.toString(), method.extraDataNames());
      return method.run(new InferenceProblem(program, dataSet.values(), dataSet.extras()),
          options, Rng.seeded(seed), Progress.silent()).named(program.resultName());
    } catch (PplException e) {
      throw new PplError(DiagnosticRenderer.render(e.diagnostic(), source));
    } catch (UserError | InferenceException e) {
      throw new PplError("error: " + e.getMessage());
    }
  }

  @Override
  public void check(RunSettings settings) throws PplError {
    method(settings);
    options(settings);
    if (settings.options().containsKey("seed")) {
      integer(settings, "seed");
    }
  }

  private InferenceMethod method(RunSettings settings) throws PplError {
    if (settings.method().isEmpty()) {
      return methods.defaultMethod().orElseThrow(() -> new PplError("no inference method is available"));
    }
    String name = settings.method().get();
    return methods.find(name).orElseThrow(() -> new PplError("unknown method '" + name
        + "'; the methods are: " + String.join(", ", methods.names())));
  }

  private static MethodOptions options(RunSettings settings) throws PplError {
    try {
      String essThreshold = MethodOption.ESS_THRESHOLD.key();
      return new MethodOptions(optionalInt(settings, MethodOption.PARTICLES.key()),
          resampler(settings),
          settings.options().containsKey(essThreshold)
              ? OptionalDouble.of(real(settings, essThreshold)) : OptionalDouble.empty(),
          optionalInt(settings, MethodOption.SAMPLES.key()),
          optionalInt(settings, MethodOption.WARMUP.key()),
          optionalInt(settings, MethodOption.CHAINS.key()),
          optionalInt(settings, MethodOption.MCMC_STEPS.key()),
          Optional.ofNullable(settings.options().get(MethodOption.NET.key())).map(Path::of));
    } catch (IllegalArgumentException e) {
      throw new PplError(e.getMessage());
    }
  }

  private static Optional<ResamplerKind> resampler(RunSettings settings) throws PplError {
    String name = settings.options().get(MethodOption.RESAMPLER.key());
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(ResamplerKind.fromOptionName(name)
        .orElseThrow(() -> new PplError("unknown resampler '" + name + "'")));
  }

  private static OptionalInt optionalInt(RunSettings settings, String flag) throws PplError {
    if (!settings.options().containsKey(flag)) {
      return OptionalInt.empty();
    }
    long value = integer(settings, flag);
    if (value != (int) value) {
      throw new PplError("--" + flag + " is too large, got " + value);
    }
    return OptionalInt.of((int) value);
  }

  private static long integer(RunSettings settings, String flag) throws PplError {
    String text = settings.options().get(flag);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new PplError("--" + flag + " needs an integer, got '" + text + "'");
    }
  }

  private static double real(RunSettings settings, String flag) throws PplError {
    String text = settings.options().get(flag);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new PplError("--" + flag + " needs a number, got '" + text + "'");
    }
  }
}
