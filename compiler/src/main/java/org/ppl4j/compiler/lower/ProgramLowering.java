package org.ppl4j.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.SourceFile;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.check.Resolution;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.eval.TypeCheck;
import org.ppl4j.semantics.value.Value;

/**
 * Lowers a checked file to a {@link Program}: evaluates the data defaults (constants, checked
 * against their declared types), lowers the model body, names the result, finds its generated
 * quantities ({@link GeneratedQuantities}).
 */
public final class ProgramLowering {
  private ProgramLowering() {}

  /** The program of a file that passed the checks. */
  public static Program lower(SourceFile file, Resolution resolution) {
    return lower(file, resolution, false);
  }

  /**
   * The program of a file that passed the checks; with {@code observing}, each execution of
   * an {@code observe} scores with an {@link org.ppl4j.compiler.ObservedSite} (the measure is
   * the same).
   */
  public static Program lower(SourceFile file, Resolution resolution, boolean observing) {
    Lowerer lowerer = new Lowerer(resolution, observing);
    List<DataInput> inputs = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    List<Stmt> body = new ArrayList<>();
    for (Stmt item : file.items()) {
      if (item instanceof Stmt.DataDecl d) {
        Optional<Value> def = d.defaultValue()
            .map(e -> constant(lowerer, e, d, resolution.root().slotCount()));
        inputs.add(new DataInput(d.name(), d.type(), def, d.nameSpan()));
        slots.add(resolution.binding(d).slot());
      } else {
        body.add(item);
      }
    }
    Lowered code = lowerer.statements(body);
    Stmt last = body.get(body.size() - 1);
    String resultName = last instanceof Stmt.Return r && r.value() instanceof Expr.Var v
        ? v.name() : "value";
    Optional<SourceSpan> resultSpan = last instanceof Stmt.Return r
        ? Optional.of(r.value().span()) : Optional.empty();
    return new CompiledProgram(file.fileName(), resultName, resultSpan, inputs,
        slots.stream().mapToInt(Integer::intValue).toArray(),
        resolution.root().slotCount(), code, GeneratedQuantities.of(body, resolution));
  }

  private static Value constant(Lowerer lowerer, Expr e, Stmt.DataDecl d, int frameSize) {
    Lowered code = lowerer.expr(e);
    if (!(code instanceof Lowered.Pure p)) {
      throw new PplException(e.span(), "the default of data '" + d.name()
          + "' must be a constant (it may not draw or score)");
    }
    Value v = p.code().eval(new Value[frameSize], 0);
    return TypeCheck.coerce(d.type(), v).orElseThrow(() -> new PplException(e.span(),
        "the default of data '" + d.name() + "' is " + TypeCheck.describe(v)
            + ", but '" + d.name() + "' is declared " + d.type()));
  }
}
