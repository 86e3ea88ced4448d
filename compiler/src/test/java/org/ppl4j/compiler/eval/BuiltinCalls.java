package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/** Calls of builtins by name on plain values, for tests. */
final class BuiltinCalls {
  private BuiltinCalls() {}

  static Value call(String name, Value... args) {
    Builtin b = Builtins.function(name).orElseThrow(() -> new AssertionError("no " + name));
    return b.callPure(args, 0);
  }

  static RealValue real(double x) {
    return new RealValue(x);
  }

  static IntValue integer(long x) {
    return new IntValue(x);
  }

  static ArrayValue reals(double... xs) {
    List<Value> out = new ArrayList<>();
    for (double x : xs) {
      out.add(new RealValue(x));
    }
    return new ArrayValue(out);
  }

  static ArrayValue ints(long... xs) {
    List<Value> out = new ArrayList<>();
    for (long x : xs) {
      out.add(new IntValue(x));
    }
    return new ArrayValue(out);
  }

  static ArrayValue array(Value... xs) {
    return new ArrayValue(List.of(xs));
  }

  /** The number of a Real result. */
  static double number(Value v) {
    if (v instanceof RealValue r) {
      return r.value();
    }
    throw new AssertionError("not a Real: " + ValueText.of(v));
  }
}
