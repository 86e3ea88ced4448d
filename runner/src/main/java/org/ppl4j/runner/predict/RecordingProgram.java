package org.ppl4j.runner.predict;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.transform.DrawRoles;
import org.ppl4j.semantics.value.Value;

/**
 * A program compiled to record its observations ({@code PplCompiler.compileObserving}) whose
 * model is passed through the {@link ObservationRecorder}: what every method runs under
 * {@code --predict} or {@code --loo}, so that its draws carry their observations. Everything
 * else is the program's.
 */
public final class RecordingProgram implements Program {
  private final Program program;

  /** {@code program}, its model recording. */
  public RecordingProgram(Program program) {
    this.program = Objects.requireNonNull(program, "program");
  }

  @Override
  public String fileName() {
    return program.fileName();
  }

  @Override
  public String resultName() {
    return program.resultName();
  }

  @Override
  public Optional<SourceSpan> resultSpan() {
    return program.resultSpan();
  }

  @Override
  public DrawRoles drawRoles() {
    return program.drawRoles();
  }

  @Override
  public List<DataInput> dataInputs() {
    return program.dataInputs();
  }

  @Override
  public Model<Value> model(Map<String, Value> data) {
    return ObservationRecorder.record(program.model(data), program.resultName());
  }
}
