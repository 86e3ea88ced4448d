package org.ppl4j.compiler.lower;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.ExprVisitor;
import org.ppl4j.compiler.ast.FieldInit;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.ast.StmtVisitor;
import org.ppl4j.compiler.check.Binding;
import org.ppl4j.compiler.check.Resolution;
import org.ppl4j.compiler.check.VarRef;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.eval.Builtin;

/**
 * Which draw sites each score of a program depends on: a flow-insensitive taint analysis over the
 * program's (immutable) bindings, iterated to a fixed point for recursive functions. The taint of
 * an expression is the set of draw sites its value may depend on: a draw taints its result with
 * its own site; a binding carries the taint of its value and of the conditions and loop arrays
 * that enclose it (control dependence); a function value carries everything its body reads or
 * draws, so calling it taints the result with that and with its arguments.
 *
 * <p>A score ({@code observe}, {@code factor}, {@code condition}) <em>uses</em> the taint of its
 * arguments and of its enclosing conditions. A call of a function that may score (its body
 * scores, or it cannot be identified: a parameter, a function computed by a call) is treated as
 * a score that uses the callee's and the arguments' taint and the enclosing conditions; so is a
 * higher-order builtin given such a function. Bindings are immutable and scopes lexical, so a
 * value can only reach a score that runs after it. Sound by construction (every path by which a
 * draw can reach a score is over-approximated); conservative, not complete.
 */
final class DrawDependence implements ExprVisitor<Set<SourceSpan>>, StmtVisitor<Set<SourceSpan>> {
  private static final int MAX_PASSES = 200;
  private static final Object MODEL_BODY = new Object();

  private final Resolution resolution;
  private final Map<Binding, Set<SourceSpan>> taints = new IdentityHashMap<>();
  /** The function a binding certainly holds: a {@link Stmt.FunDef} or {@link Expr.Lambda}. */
  private final Map<Binding, Object> definitions = new IdentityHashMap<>();
  /** Whether a function definition may score (its body scores or calls what may). */
  private final Map<Object, Boolean> scoring = new IdentityHashMap<>();
  private final Set<SourceSpan> sites = new LinkedHashSet<>();
  private final Map<SourceSpan, String> uses = new LinkedHashMap<>();
  private final Map<String, Set<SourceSpan>> returnedFields = new LinkedHashMap<>();
  private Set<SourceSpan> control = Set.of();
  private Set<SourceSpan> touched = new LinkedHashSet<>();
  private Object function = MODEL_BODY;
  private boolean changed;
  private boolean collecting;

  private DrawDependence(Resolution resolution) {
    this.resolution = resolution;
  }

  /**
   * Analyses a model body: a first pass finds which binding holds which function, then passes
   * repeat until no taint or scoring flag grows; the last pass's uses are the answer. If no
   * fixed point comes within the pass limit, every site counts as used.
   */
  static DrawDependence analyse(List<Stmt> body, Resolution resolution) {
    DrawDependence d = new DrawDependence(resolution);
    d.collecting = true;
    d.pass(body);
    d.collecting = false;
    d.taints.clear();
    d.scoring.clear();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      d.changed = false;
      d.uses.clear();
      d.pass(body);
      if (!d.changed) {
        return d;
      }
    }
    for (SourceSpan site : d.sites) {
      d.uses.putIfAbsent(site, "the compiler's dependence analysis did not settle");
    }
    return d;
  }

  /** Every draw site met. */
  Set<SourceSpan> sites() {
    return sites;
  }

  /** The sites some score depends on, each with the first such score, as a clause. */
  Map<SourceSpan, String> uses() {
    return uses;
  }

  /** The taint of each field of a returned record literal, in order. */
  Map<String, Set<SourceSpan>> returnedFields() {
    return returnedFields;
  }

  private void pass(List<Stmt> body) {
    control = Set.of();
    touched = new LinkedHashSet<>();
    function = MODEL_BODY;
    for (Stmt s : body) {
      s.accept(this);
    }
  }

  private Set<SourceSpan> visit(Expr e) {
    Set<SourceSpan> t = e.accept(this);
    touched.addAll(t);
    return t;
  }

  /** The union of the taints of {@code es}, each visited in order. */
  private Set<SourceSpan> visitAll(List<Expr> es) {
    Set<SourceSpan> t = new LinkedHashSet<>();
    for (Expr x : es) {
      t.addAll(visit(x));
    }
    return t;
  }

  @SafeVarargs
  private static Set<SourceSpan> union(Set<SourceSpan>... sets) {
    Set<SourceSpan> out = new LinkedHashSet<>();
    for (Set<SourceSpan> s : sets) {
      out.addAll(s);
    }
    return out;
  }

  private void bind(Binding b, Set<SourceSpan> t) {
    if (taints.computeIfAbsent(b, k -> new LinkedHashSet<>()).addAll(t)) {
      changed = true;
    }
  }

  private Set<SourceSpan> site(SourceSpan span) {
    if (sites.add(span)) {
      changed = true;
    }
    return Set.of(span);
  }

  /** A score at {@code at} ({@code what}: how a message names it) that uses {@code t}. */
  private void score(Set<SourceSpan> t, SourceSpan at, String what) {
    if (function != MODEL_BODY && !scoring.getOrDefault(function, false)) {
      scoring.put(function, true);
      changed = true;
    }
    String reason = what + " at " + at.file() + ":" + at.line() + ":" + at.column()
        + " depends on it";
    for (SourceSpan s : union(t, control)) {
      uses.putIfAbsent(s, reason);
    }
  }

  /** Whether calling the function {@code f} evaluates to may score. */
  private boolean mayScore(Expr f) {
    if (f instanceof Expr.Lambda l) {
      return scoring.getOrDefault(l, false);
    }
    if (!(f instanceof Expr.Var v)) {
      return true;
    }
    VarRef ref = resolution.reference(v);
    if (ref instanceof VarRef.BuiltinFunction b) {
      return b.builtin().purity() != Builtin.Purity.PURE;
    }
    if (ref instanceof VarRef.Constant) {
      return false;
    }
    Object definition = definitions.get(((VarRef.Local) ref).binding());
    return definition == null || collecting || scoring.getOrDefault(definition, false);
  }

  /** The taint of a function's value: all its body reads and draws; the body is analysed. */
  private Set<SourceSpan> inFunction(Object definition, Expr body) {
    Set<SourceSpan> savedControl = control;
    Set<SourceSpan> savedTouched = touched;
    Object savedFunction = function;
    control = Set.of();
    touched = new LinkedHashSet<>();
    function = definition;
    visit(body);
    Set<SourceSpan> result = touched;
    control = savedControl;
    touched = savedTouched;
    function = savedFunction;
    return result;
  }

  private void define(Binding b, Expr value) {
    if (!collecting) {
      return;
    }
    if (value instanceof Expr.Lambda l) {
      definitions.put(b, l);
    } else if (value instanceof Expr.Call c && c.callee() instanceof Expr.Var v
        && resolution.reference(v) instanceof VarRef.BuiltinFunction f
        && f.builtin().name().equals("mem") && c.args().size() == 1) {
      Expr memoised = c.args().get(0);
      if (memoised instanceof Expr.Lambda l) {
        definitions.put(b, l);
      } else if (memoised instanceof Expr.Var m
          && resolution.reference(m) instanceof VarRef.Local local
          && definitions.containsKey(local.binding())) {
        definitions.put(b, definitions.get(local.binding()));
      }
    }
  }

  @Override
  public Set<SourceSpan> visitDataDecl(Stmt.DataDecl s) {
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitLet(Stmt.Let s) {
    Set<SourceSpan> t = visit(s.value());
    Binding b = resolution.binding(s);
    define(b, s.value());
    bind(b, union(t, control));
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitTilde(Stmt.Tilde s) {
    Set<SourceSpan> t = union(visit(s.distribution()), control, site(s.distribution().span()));
    touched.addAll(t);
    bind(resolution.binding(s), t);
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitObserve(Stmt.Observe s) {
    score(union(visit(s.value()), visit(s.distribution())), s.span(), "the 'observe'");
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitFor(Stmt.For s) {
    Set<SourceSpan> array = visit(s.iterable());
    bind(resolution.binding(s), union(array, control));
    Set<SourceSpan> saved = control;
    control = union(control, array);
    visit(s.body());
    control = saved;
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitFunDef(Stmt.FunDef s) {
    Binding b = resolution.binding(s);
    if (collecting) {
      definitions.put(b, s);
    }
    bind(b, inFunction(s, s.body()));
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitReturn(Stmt.Return s) {
    if (s.value() instanceof Expr.RecordLit r) {
      Set<SourceSpan> t = new LinkedHashSet<>();
      for (FieldInit f : r.fields()) {
        Set<SourceSpan> field = visit(f.value());
        returnedFields.put(f.name(), field);
        t.addAll(field);
      }
      return t;
    }
    return visit(s.value());
  }

  @Override
  public Set<SourceSpan> visitExprStmt(Stmt.ExprStmt s) {
    return visit(s.expr());
  }

  @Override
  public Set<SourceSpan> visitIntLit(Expr.IntLit e) {
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitRealLit(Expr.RealLit e) {
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitBoolLit(Expr.BoolLit e) {
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitStringLit(Expr.StringLit e) {
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitVar(Expr.Var e) {
    if (resolution.reference(e) instanceof VarRef.Local l) {
      return new LinkedHashSet<>(taints.getOrDefault(l.binding(), Set.of()));
    }
    return Set.of();
  }

  @Override
  public Set<SourceSpan> visitArrayLit(Expr.ArrayLit e) {
    return visitAll(e.elements());
  }

  @Override
  public Set<SourceSpan> visitRecordLit(Expr.RecordLit e) {
    return visitAll(e.fields().stream().map(FieldInit::value).toList());
  }

  @Override
  public Set<SourceSpan> visitFieldAccess(Expr.FieldAccess e) {
    return visit(e.target());
  }

  @Override
  public Set<SourceSpan> visitIndex(Expr.Index e) {
    return union(visit(e.target()), visit(e.index()));
  }

  @Override
  public Set<SourceSpan> visitCall(Expr.Call e) {
    Set<SourceSpan> args = visitAll(e.args());
    if (e.callee() instanceof Expr.Var v
        && resolution.reference(v) instanceof VarRef.BuiltinFunction b) {
      Builtin builtin = b.builtin();
      String name = builtin.name();
      if (name.equals("sample")) {
        return union(args, control, site(e.span()));
      }
      if (name.equals("factor") || name.equals("condition")) {
        score(args, e.span(), "the '" + name + "'");
        return Set.of();
      }
      if (builtin.purity() == Builtin.Purity.HIGHER_ORDER) {
        int f = builtin.functionArgument();
        if (f >= e.args().size() || mayScore(e.args().get(f))) {
          score(args, e.span(), "the call of '" + name + "'");
        }
      }
      return args;
    }
    Set<SourceSpan> all = union(visit(e.callee()), args);
    if (mayScore(e.callee())) {
      score(all, e.span(), "the call");
    }
    return all;
  }

  @Override
  public Set<SourceSpan> visitUnary(Expr.Unary e) {
    return visit(e.operand());
  }

  @Override
  public Set<SourceSpan> visitBinary(Expr.Binary e) {
    return union(visit(e.left()), visit(e.right()));
  }

  @Override
  public Set<SourceSpan> visitRange(Expr.Range e) {
    return union(visit(e.from()), visit(e.to()));
  }

  @Override
  public Set<SourceSpan> visitLambda(Expr.Lambda e) {
    return inFunction(e, e.body());
  }

  @Override
  public Set<SourceSpan> visitIf(Expr.If e) {
    Set<SourceSpan> condition = visit(e.condition());
    Set<SourceSpan> saved = control;
    control = union(control, condition);
    Set<SourceSpan> t = union(condition, visit(e.then()));
    e.otherwise().ifPresent(o -> t.addAll(visit(o)));
    control = saved;
    return t;
  }

  @Override
  public Set<SourceSpan> visitBlock(Expr.Block e) {
    Set<SourceSpan> last = Set.of();
    for (Stmt s : e.statements()) {
      last = s.accept(this);
    }
    return last;
  }
}
