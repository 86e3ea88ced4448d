package org.ppl4j.runner.pfn;

import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The dataset {@code ppl run --method pfn} conditions on: the data named {@code x} (points,
 * {@code Real[]} for one feature or {@code Real[][]} with one row per point) and {@code y}
 * ({@code Real[]}, one label per point), and for a network of {@code y} the query points
 * {@code x_test}. Each name is the program's data input of that name where the program declares
 * it, else the data file's value of that name (so that the prior program, which declares
 * neither, can be run with {@code --data D.json}). Every problem is a {@link UserError} naming
 * the value.
 *
 * @param x n points of {@code xDim} values each (n &gt;= 0)
 * @param y n labels
 */
record ObservedDataset(double[][] x, double[] y) {

  /** The names read from the data file where the program does not declare them. */
  static final List<String> NAMES = List.of("x", "y", "x_test");

  /**
   * Reads {@code x} and {@code y} for a network whose points have {@code xDim} values.
   *
   * @param net the network file's name, for messages
   */
  static ObservedDataset of(InferenceProblem problem, int xDim, String net) {
    double[][] x = points(problem, "x", xDim, net);
    Value yValue = lookup(problem, "y").orElseThrow(() -> missing(problem, "y",
        "the labels, one Real per point of 'x'"));
    if (!(yValue instanceof ArrayValue ys)) {
      throw new UserError("data 'y' must be an array of numbers (Real[]), found a "
          + yValue.typeName());
    }
    double[] y = new double[ys.elements().size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = number(ys.elements().get(i), "y[" + i + "]");
    }
    if (y.length != x.length) {
      throw new UserError("data 'x' has " + x.length + " points but 'y' has " + y.length
          + " values; they must have the same length");
    }
    return new ObservedDataset(x, y);
  }

  /**
   * The points bound to {@code name}: a {@code Real[]} when {@code xDim} is 1, or a
   * {@code Real[][]} whose rows have {@code xDim} values.
   */
  static double[][] points(InferenceProblem problem, String name, int xDim, String net) {
    Value value = lookup(problem, name).orElseThrow(() -> missing(problem, name,
        "the points, Real[] or Real[][]"));
    if (!(value instanceof ArrayValue array)) {
      throw new UserError("data '" + name + "' must be an array of points (Real[] or Real[][]),"
          + " found a " + value.typeName());
    }
    double[][] rows = new double[array.elements().size()][];
    for (int i = 0; i < rows.length; i++) {
      String at = name + "[" + i + "]";
      Value e = array.elements().get(i);
      if (e instanceof ArrayValue row) {
        rows[i] = new double[row.elements().size()];
        for (int j = 0; j < rows[i].length; j++) {
          rows[i][j] = number(row.elements().get(j), at + "[" + j + "]");
        }
      } else {
        rows[i] = new double[] {number(e, at)};
      }
      if (rows[i].length != xDim) {
        throw new UserError(at + " has " + rows[i].length + " value" + (rows[i].length == 1
            ? "" : "s") + ", but the network '" + net + "' takes points of " + xDim
            + (xDim == 1 ? " value" : " values (give '" + name + "' as Real[][], one row each)"));
      }
    }
    return rows;
  }

  /** The value of {@code name}: the declared input's, else the data file's. */
  static Optional<Value> lookup(InferenceProblem problem, String name) {
    boolean declared = problem.program().dataInputs().stream()
        .map(DataInput::name).anyMatch(name::equals);
    return Optional.ofNullable(declared ? problem.data().get(name) : problem.extras().get(name));
  }

  private static UserError missing(InferenceProblem problem, String name, String what) {
    return new UserError("--method pfn needs data '" + name + "' (" + what + "): '"
        + problem.program().fileName() + "' does not declare it and the data file (--data) "
        + "does not give it");
  }

  private static double number(Value v, String at) {
    double d;
    if (v instanceof RealValue r) {
      d = r.value();
    } else if (v instanceof IntValue i) {
      d = i.value();
    } else {
      throw new UserError(at + " must be a number, found a " + v.typeName());
    }
    if (!Double.isFinite(d)) {
      throw new UserError(at + " is " + d + "; the network needs finite numbers");
    }
    return d;
  }
}
