package org.ppl4j.compiler.lower;

import java.util.Optional;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.check.Resolution;
import org.ppl4j.compiler.check.VarRef;

/** Which builtin an expression calls, when it is a call of a builtin the program does not shadow. */
final class BuiltinCalls {
  private BuiltinCalls() {}

  /** The name of the builtin {@code e} calls under {@code resolution}, if it calls one. */
  static Optional<String> name(Expr e, Resolution resolution) {
    return e instanceof Expr.Call c && c.callee() instanceof Expr.Var v
        && resolution.reference(v) instanceof VarRef.BuiltinFunction b
        ? Optional.of(b.builtin().name()) : Optional.empty();
  }
}
