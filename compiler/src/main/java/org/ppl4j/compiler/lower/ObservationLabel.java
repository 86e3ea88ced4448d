package org.ppl4j.compiler.lower;

import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.Stmt;

/**
 * The name an {@code observe}'s recorded observations go by
 * ({@link org.ppl4j.compiler.ObservedSite#label()}): the observed variable, through any
 * indexing ({@code y} for {@code y}, {@code y[i]}, {@code y[i][j]}), else
 * {@code observe@LINE:COLUMN}.
 */
final class ObservationLabel {
  private ObservationLabel() {}

  /** The label of {@code s}. */
  static String of(Stmt.Observe s) {
    Expr e = s.value();
    while (e instanceof Expr.Index index) {
      e = index.target();
    }
    return e instanceof Expr.Var v ? v.name()
        : "observe@" + s.span().line() + ":" + s.span().column();
  }
}
