package org.ppl4j.compiler.eval;

import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/** Argument checks of builtins, with messages that name the builtin and what it expected. */
final class Args {
  private Args() {}

  static ArrayValue array(Value v, String builtin) {
    if (v instanceof ArrayValue a) {
      return a;
    }
    throw new IllegalArgumentException(
        "'" + builtin + "' expects an array, got " + TypeCheck.describe(v));
  }

  static long integer(Value v, String builtin) {
    if (v instanceof IntValue i) {
      return i.value();
    }
    throw new IllegalArgumentException(
        "'" + builtin + "' expects an Int, got " + TypeCheck.describe(v));
  }

  static boolean bool(Value v, String what) {
    if (v instanceof BoolValue b) {
      return b.value();
    }
    throw new IllegalArgumentException(what + " must be a Bool, got " + TypeCheck.describe(v));
  }

  static Callable function(Value v, String builtin, int arity) {
    if (!(v instanceof Callable f)) {
      throw new IllegalArgumentException(
          "'" + builtin + "' expects a function, got " + TypeCheck.describe(v));
    }
    if (!f.accepts(arity)) {
      throw new IllegalArgumentException("'" + builtin + "' calls its function with " + arity
          + " argument" + (arity == 1 ? "" : "s") + ", but '" + f.displayName() + "' takes "
          + f.arity());
    }
    return f;
  }

  static ValueDistribution distribution(Value v, String builtin) {
    if (v instanceof DistributionValue d && d.distribution() instanceof ValueDistribution vd) {
      return vd;
    }
    throw new IllegalArgumentException(
        "'" + builtin + "' expects a distribution, got " + TypeCheck.describe(v));
  }
}
