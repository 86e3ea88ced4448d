package org.ppl4j.runner.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.MethodRegistry;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.runner.pipeline.ProgramSource;
import org.ppl4j.runner.pipeline.RunPipeline;
import org.ppl4j.runner.output.PredictiveTableWriter;
import org.ppl4j.runner.pipeline.RunRequest;
import org.ppl4j.runner.pipeline.RunResult;
import org.ppl4j.runner.predict.PredictiveSummary;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * The {@link CellRunner} of the notebooks: the notebook front end of the {@link RunPipeline}
 * that {@code ppl run} uses, over the project's compiler ({@link PplCompiler}) and methods
 * ({@link StandardMethods}). The cell's settings give the method and the option texts (read
 * and validated by the pipeline, as the command line's are), its data is read as a JSON data
 * file; without {@code --seed} a run draws a fresh seed. A {@link UserError} becomes a
 * {@link PplError} holding its one rendering, {@link UserError#render()}.
 */
public final class NotebookRunner implements CellRunner {

  /** The name data errors give the notebook's bound data. */
  static final String DATA_NAME = "notebook data.json";

  private final RunPipeline pipeline;

  /** A runner over the standard methods. */
  public NotebookRunner() {
    this(StandardMethods.registry());
  }

  /** A runner over {@code methods}. */
  public NotebookRunner(MethodRegistry methods) {
    this.pipeline = new RunPipeline(PplCompiler::compile, methods, System::nanoTime,
        new SplittableRandom()::nextLong);
  }

  @Override
  public Posterior<Value> run(String fileName, String source, RunSettings settings, JsonNode data)
      throws PplError {
    return runCell(fileName, source, settings, data).posterior();
  }

  @Override
  public CellOutcome runCell(String fileName, String source, RunSettings settings,
      JsonNode data) throws PplError {
    try {
      RunResult result = pipeline.run(RunRequest.of(new ProgramSource.Text(fileName, source),
              new DataSource.Text(DATA_NAME, data.toString()))
          .withMethod(settings.method(), settings.methodOptions())
          .withPredictive(settings.predict(), settings.loo()));
      List<String> sections = new ArrayList<>();
      result.predictive().ifPresent(p ->
          sections.add(PredictiveTableWriter.predictive(PredictiveSummary.of(p))));
      result.loo().ifPresent(l -> sections.add(PredictiveTableWriter.loo(l)));
      return new CellOutcome(result.posterior(), sections, result.loo());
    } catch (UserError e) {
      throw PplError.of(e);
    }
  }

  @Override
  public void check(RunSettings settings) throws PplError {
    try {
      pipeline.checkSettings(settings.method(), settings.methodOptions());
    } catch (UserError e) {
      throw PplError.of(e);
    }
  }
}
