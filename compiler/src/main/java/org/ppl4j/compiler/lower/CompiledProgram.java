package org.ppl4j.compiler.lower;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.eval.EffCode;
import org.ppl4j.compiler.eval.MemoTable;
import org.ppl4j.compiler.eval.PureCode;
import org.ppl4j.compiler.eval.State;
import org.ppl4j.compiler.eval.TypeCheck;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.transform.DrawRoles;
import org.ppl4j.semantics.value.UnitValue;
import org.ppl4j.semantics.value.Value;

/**
 * A compiled program: its data inputs (with their slots in the model body's frame) and the
 * lowered body. Each run of the model starts from a fresh frame holding the data.
 */
final class CompiledProgram implements Program {
  private final String fileName;
  private final String resultName;
  private final Optional<SourceSpan> resultSpan;
  private final List<DataInput> dataInputs;
  private final int[] dataSlots;
  private final int frameSize;
  private final Optional<PureCode> pureBody;
  private final Optional<EffCode> effBody;
  private final DrawRoles drawRoles;

  CompiledProgram(String fileName, String resultName, Optional<SourceSpan> resultSpan,
      List<DataInput> dataInputs, int[] dataSlots, int frameSize, Lowered body,
      DrawRoles drawRoles) {
    this.drawRoles = drawRoles;
    this.fileName = fileName;
    this.resultName = resultName;
    this.resultSpan = resultSpan;
    this.dataInputs = List.copyOf(dataInputs);
    this.dataSlots = dataSlots.clone();
    this.frameSize = frameSize;
    this.pureBody = body instanceof Lowered.Pure p ? Optional.of(p.code()) : Optional.empty();
    this.effBody = body instanceof Lowered.Eff e ? Optional.of(e.code()) : Optional.empty();
  }

  @Override
  public DrawRoles drawRoles() {
    return drawRoles;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public String resultName() {
    return resultName;
  }

  @Override
  public Optional<SourceSpan> resultSpan() {
    return resultSpan;
  }

  @Override
  public List<DataInput> dataInputs() {
    return dataInputs;
  }

  /**
   * {@inheritDoc}
   *
   * @throws PplException when an input without a default is missing or a value does not have
   *     its declared type (at the declaration's span)
   */
  @Override
  public Model<Value> model(Map<String, Value> data) {
    Value[] initial = new Value[frameSize];
    for (int i = 0; i < dataInputs.size(); i++) {
      DataInput input = dataInputs.get(i);
      Value given = data.get(input.name());
      if (given == null) {
        given = input.defaultValue().orElseThrow(() -> new PplException(input.span(),
            "missing data '" + input.name() + "' (declared " + input.type()
                + " here, with no default)"));
      }
      Value v = given;
      initial[dataSlots[i]] = TypeCheck.coerce(input.type(), v).orElseThrow(() ->
          new PplException(input.span(), input.mismatch(TypeCheck.describe(v))));
    }
    if (pureBody.isPresent()) {
      PureCode body = pureBody.get();
      return Model.pure(UnitValue.UNIT).map(u -> body.eval(initial.clone(), 0));
    }
    EffCode body = effBody.orElseThrow();
    return Model.pure(UnitValue.UNIT).flatMap(u -> asValueModel(body.run(
        new State(initial.clone(), MemoTable.EMPTY, 0, UnitValue.UNIT), RETURN_VALUE)));
  }

  /**
   * The last continuation: ends the execution with the state's value. It makes the body's
   * model a {@code Model<Value>} although the code is typed over states; ending there (rather
   * than mapping the whole model) keeps one bind per effect, with no re-association.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final EffCode.Cont RETURN_VALUE = s -> (Model) Model.pure(s.value());

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Model<Value> asValueModel(Model<State> model) {
    return (Model) model;
  }
}
