package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.ValueMath;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/** The first-order array builtins of LANGUAGE.md §6. */
final class ArrayBuiltins {
  private ArrayBuiltins() {}

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new SimpleBuiltin("length", 1, 1, a -> a[0] instanceof StringValue s
        ? new IntValue(s.value().length())
        : new IntValue(Args.array(a[0], "length").elements().size())));
    Builtins.add(table, new SimpleBuiltin("range", 1, 1, a -> {
      long n = Args.integer(a[0], "range");
      if (n < 0) {
        throw new IllegalArgumentException("'range' expects a non-negative Int, got " + n);
      }
      return range(0, n);
    }));
    Builtins.add(table, new SimpleBuiltin("sum", 1, 1, a -> ValueMath.sum(Args.array(a[0], "sum"))));
    Builtins.add(table, new SimpleBuiltin("mean", 1, 1,
        a -> ValueMath.mean(Args.array(a[0], "mean"))));
    Builtins.add(table, new SimpleBuiltin("product", 1, 1,
        a -> ValueMath.product(Args.array(a[0], "product"))));
    Builtins.add(table, new SimpleBuiltin("dot", 2, 2,
        a -> ValueMath.dot(Args.array(a[0], "dot"), Args.array(a[1], "dot"))));
    Builtins.add(table, new SimpleBuiltin("zip", 2, 2, a -> {
      List<Value> xs = Args.array(a[0], "zip").elements();
      List<Value> ys = Args.array(a[1], "zip").elements();
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
        out.add(new ArrayValue(List.of(xs.get(i), ys.get(i))));
      }
      return new ArrayValue(out);
    }));
    Builtins.add(table, new SimpleBuiltin("concat", 2, 2, a -> {
      List<Value> out = new ArrayList<>(Args.array(a[0], "concat").elements());
      out.addAll(Args.array(a[1], "concat").elements());
      return new ArrayValue(out);
    }));
    Builtins.add(table, new SimpleBuiltin("reverse", 1, 1, a -> {
      List<Value> out = new ArrayList<>(Args.array(a[0], "reverse").elements());
      java.util.Collections.reverse(out);
      return new ArrayValue(out);
    }));
    Builtins.add(table, new SimpleBuiltin("append", 2, 2, a -> {
      List<Value> out = new ArrayList<>(Args.array(a[0], "append").elements());
      out.add(a[1]);
      return new ArrayValue(out);
    }));
  }

  private static final IntValue[] SMALL = new IntValue[4096];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new IntValue(i);
    }
  }

  /** The value {@code i}, shared for small non-negative values (values are immutable). */
  static IntValue intValue(long i) {
    return i >= 0 && i < SMALL.length ? SMALL[(int) i] : new IntValue(i);
  }

  /** The Int array {@code [from, ..., to - 1]} (empty when {@code to <= from}). */
  static ArrayValue range(long from, long to) {
    if (to > from) {
      // to - from may overflow a long: compare as unsigned (the true difference is below 2^64)
      long length = to - from;
      if (Long.compareUnsigned(length, ArrayValue.MAX_LENGTH) > 0) {
        throw new IllegalArgumentException("range " + from + ".." + to + " would make an array of "
            + Long.toUnsignedString(length) + " elements; arrays hold at most "
            + ArrayValue.MAX_LENGTH);
      }
    }
    List<Value> out = new ArrayList<>((int) Math.max(0, to - from));
    for (long i = from; i < to; i++) {
      out.add(intValue(i));
    }
    return new ArrayValue(out);
  }
}
