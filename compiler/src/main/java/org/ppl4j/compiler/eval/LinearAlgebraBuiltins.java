package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ppl4j.semantics.ad.AdLinearAlgebra;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The array-making and matrix builtins of LANGUAGE.md §9.1: {@code zeros}, {@code ones},
 * {@code fill}, {@code rows}, {@code cols}, {@code transpose}, {@code matvec}, {@code matmul}.
 * A matrix is an array of its rows, all of one length. Products are {@code Real}s (also of
 * {@code Int} matrices) and keep derivatives ({@link AdLinearAlgebra}: one tape node per output
 * element); shape errors name both shapes.
 */
final class LinearAlgebraBuiltins {
  private LinearAlgebraBuiltins() {}

  private static final RealValue ZERO = new RealValue(0.0);
  private static final RealValue ONE = new RealValue(1.0);

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new SimpleBuiltin("zeros", 1, 1,
        a -> new ArrayValue(Collections.nCopies(Shapes.length(a[0], "zeros"), ZERO))));
    Builtins.add(table, new SimpleBuiltin("ones", 1, 1,
        a -> new ArrayValue(Collections.nCopies(Shapes.length(a[0], "ones"), ONE))));
    Builtins.add(table, new SimpleBuiltin("fill", 2, 2,
        a -> new ArrayValue(Collections.nCopies(Shapes.length(a[0], "fill"), a[1]))));
    Builtins.add(table, new SimpleBuiltin("rows", 1, 1,
        a -> ArrayBuiltins.intValue(Shapes.rows(a[0], "rows", "A").size())));
    Builtins.add(table, new SimpleBuiltin("cols", 1, 1,
        a -> ArrayBuiltins.intValue(Shapes.columns(Shapes.rows(a[0], "cols", "A")))));
    Builtins.add(table, new SimpleBuiltin("transpose", 1, 1, a -> transpose(a[0])));
    Builtins.add(table, new SimpleBuiltin("matvec", 2, 2, a -> matvec(a[0], a[1])));
    Builtins.add(table, new SimpleBuiltin("matmul", 2, 2, a -> matmul(a[0], a[1])));
  }

  /** {@code transpose(A)}: column j of A as row j; elements of any type. */
  private static Value transpose(Value v) {
    List<ArrayValue> rows = Shapes.rows(v, "transpose", "A");
    int m = Shapes.columns(rows);
    List<Value> out = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      List<Value> column = new ArrayList<>(rows.size());
      for (ArrayValue row : rows) {
        column.add(row.elements().get(j));
      }
      out.add(new ArrayValue(column));
    }
    return new ArrayValue(out);
  }

  private static Value matvec(Value av, Value xv) {
    AdReal[][] a = Shapes.matrix(av, "matvec", "A");
    AdReal[] x = Shapes.vector(xv, "matvec", "x");
    if (a.length > 0 && a[0].length != x.length) {
      throw new IllegalArgumentException("'matvec': A is " + Shapes.shape(a) + " but x has length "
          + x.length);
    }
    return Shapes.toArray(AdLinearAlgebra.matvec(a, x));
  }

  private static Value matmul(Value av, Value bv) {
    AdReal[][] a = Shapes.matrix(av, "matmul", "A");
    AdReal[][] b = Shapes.matrix(bv, "matmul", "B");
    if (a.length > 0 && Shapes.columns(a) != b.length) {
      throw new IllegalArgumentException("'matmul': A is " + Shapes.shape(a) + " but B is "
          + Shapes.shape(b) + " (A needs as many columns as B has rows)");
    }
    return Shapes.toMatrix(AdLinearAlgebra.matmul(a, b, Shapes.columns(b)));
  }
}
