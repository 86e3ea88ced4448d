package org.ppl4j.compiler.lower;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.Stmt;

/**
 * The calls in tail position of a function body (LANGUAGE.md §9.4), whose value is the value of
 * the body: the body itself, both branches of an {@code if} in tail position, and the last
 * statement of a block in tail position when it is an expression or a {@code return}. The
 * lowering makes these calls take no memory (a pure {@code TailCall}, an effectful {@code Call}
 * marked {@code tail}). A call anywhere else (an operand, a condition, a binding, the right of
 * {@code &&}) is an ordinary call.
 */
final class TailPositions {
  private TailPositions() {}

  /** The calls in tail position of {@code body}, by identity. */
  static Set<Expr.Call> of(Expr body) {
    Set<Expr.Call> calls = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(body, calls);
    return calls;
  }

  private static void collect(Expr e, Set<Expr.Call> calls) {
    if (e instanceof Expr.Call c) {
      calls.add(c);
    } else if (e instanceof Expr.If i) {
      collect(i.then(), calls);
      i.otherwise().ifPresent(o -> collect(o, calls));
    } else if (e instanceof Expr.Block b && !b.statements().isEmpty()) {
      List<Stmt> statements = b.statements();
      Stmt last = statements.get(statements.size() - 1);
      if (last instanceof Stmt.ExprStmt s) {
        collect(s.expr(), calls);
      } else if (last instanceof Stmt.Return r) {
        collect(r.value(), calls);
      }
    }
  }
}
