package org.ppl4j.compiler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.transform.DrawRoles;
import org.ppl4j.semantics.value.Value;

/**
 * A checked {@code .ppl} program: its data inputs and, given their values, the core
 * {@link Model} it denotes (an unnormalised measure over the value of its {@code return}).
 */
public interface Program {

  /** The file name used in diagnostics. */
  String fileName();

  /**
   * The root name of the result's summary leaves (LANGUAGE.md §8): the variable's name for
   * {@code return p}, {@code "value"} for any other non-record expression. Record results
   * name their leaves by field and ignore this.
   */
  String resultName();

  /**
   * Where the returned expression is, so that an error about the result (a value that is not
   * a finite number in some draws) can point at it; empty where unknown.
   */
  default Optional<SourceSpan> resultSpan() {
    return Optional.empty();
  }

  /**
   * Which of its draw sites are generated quantities (LANGUAGE.md §9.4), for gradient-based
   * methods; none where unknown.
   */
  default DrawRoles drawRoles() {
    return DrawRoles.NONE;
  }

  /** The {@code data} declarations, in source order. */
  List<DataInput> dataInputs();

  /**
   * The model for these inputs. {@code data} maps every declared input without a default to a
   * value of its declared type (checked by the caller's data loader); inputs with a default
   * may be absent. Run-time errors of the model are {@code PplException}s with spans.
   */
  Model<Value> model(Map<String, Value> data);
}
