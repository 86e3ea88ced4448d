package org.ppl4j.compiler.lower;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.check.Binding;
import org.ppl4j.compiler.check.Resolution;
import org.ppl4j.compiler.check.VarRef;
import org.ppl4j.compiler.eval.Builtin;

/**
 * The lowering's effect analysis: which local functions and lambdas are known never to draw or
 * score, so that calls of them (and of pure builtins, and of higher-order builtins given such
 * functions) are lowered as direct code rather than through the model. A binding not known to
 * be pure is treated as effectful, which is always correct, only slower.
 */
final class Purity {
  private final Resolution resolution;
  private final Map<Binding, Boolean> knownPure = new IdentityHashMap<>();
  private final Map<Expr.Lambda, Boolean> pureLambdas = new IdentityHashMap<>();

  Purity(Resolution resolution) {
    this.resolution = resolution;
  }

  /** Records whether the function bound to {@code b} is pure. */
  void markBinding(Binding b, boolean pure) {
    knownPure.put(b, pure);
  }

  /** Records whether the lambda {@code l} is pure. */
  void markLambda(Expr.Lambda l, boolean pure) {
    pureLambdas.put(l, pure);
  }

  /** Whether the lambda {@code l} is known to be pure. */
  boolean ofLambda(Expr.Lambda l) {
    return pureLambdas.get(l);
  }

  /** Whether the call {@code e} certainly neither draws nor scores. */
  boolean isPureCall(Expr.Call e) {
    if (!(e.callee() instanceof Expr.Var v)) {
      return false;
    }
    VarRef ref = resolution.reference(v);
    if (ref instanceof VarRef.BuiltinFunction b) {
      Builtin builtin = b.builtin();
      return switch (builtin.purity()) {
        case PURE -> true;
        case EFFECT -> false;
        case HIGHER_ORDER -> isPureValue(e.args().get(builtin.functionArgument()));
      };
    }
    return ref instanceof VarRef.Local l && knownPure.getOrDefault(l.binding(), false);
  }

  /** Whether an argument is a value that, if it is a function, never draws or scores. */
  private boolean isPureValue(Expr e) {
    if (e instanceof Expr.Lambda l) {
      return pureLambdas.getOrDefault(l, false);
    }
    if (e instanceof Expr.Var v) {
      VarRef ref = resolution.reference(v);
      if (ref instanceof VarRef.BuiltinFunction b) {
        return b.builtin().purity() == Builtin.Purity.PURE;
      }
      if (ref instanceof VarRef.Constant) {
        return true;
      }
      return knownPure.getOrDefault(((VarRef.Local) ref).binding(), false);
    }
    return false;
  }
}
