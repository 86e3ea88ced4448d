package org.ppl4j.compiler.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.ExprVisitor;
import org.ppl4j.compiler.ast.FieldInit;
import org.ppl4j.compiler.ast.Param;
import org.ppl4j.compiler.ast.SourceFile;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.ast.StmtVisitor;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.eval.Builtin;
import org.ppl4j.compiler.eval.Builtins;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.dist.Family;

/**
 * The checks before lowering: the shape of the file (data first, one final {@code return}),
 * names (unknown names with "did you mean"), arity of calls to builtins and known functions,
 * {@code ~} binding a fresh name, duplicate data inputs, parameters and record fields, fields
 * of record-typed data. Resolves every name to a slot (closure conversion). The first problem
 * is thrown as a {@link PplException}.
 */
public final class Resolver implements ExprVisitor<Void>, StmtVisitor<Void> {
  private final Resolution out;
  private Scope scope;
  private boolean distributionPosition;
  private final java.util.Set<Expr.Block> functionBodies =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private Resolver(FunctionScope root) {
    this.out = new Resolution(root);
    this.scope = new Scope(Optional.empty(), root);
  }

  /** Checks {@code file} and resolves its names. */
  public static Resolution resolve(SourceFile file) {
    Resolver r = new Resolver(new FunctionScope(Optional.empty(), file.fileName(),
        Optional.empty()));
    r.topLevel(file);
    return r.out;
  }

  private void topLevel(SourceFile file) {
    List<Stmt> items = file.items();
    Map<String, Stmt.DataDecl> data = new HashMap<>();
    boolean seenStatement = false;
    for (int i = 0; i < items.size(); i++) {
      Stmt item = items.get(i);
      if (item instanceof Stmt.DataDecl d) {
        if (seenStatement) {
          throw new PplException(d.span(),
              "data declarations must come before the model's statements");
        }
        Stmt.DataDecl first = data.putIfAbsent(d.name(), d);
        if (first != null) {
          throw new PplException(d.nameSpan(), "data '" + d.name() + "' is declared twice"
              + " (first at " + where(first.nameSpan()) + ")");
        }
        Scope saved = scope;
        scope = new Scope(Optional.empty(), scope.function());
        d.defaultValue().ifPresent(e -> e.accept(this));
        scope = saved;
        bind(d, new Binding(d.name(), Binding.Kind.DATA, d.nameSpan(), scope.function(),
            Optional.empty(), Optional.of(d.type())));
        continue;
      }
      seenStatement = true;
      if (item instanceof Stmt.Return && i < items.size() - 1) {
        throw new PplException(item.span(), "'return' must be the last statement of the model");
      }
      item.accept(this);
    }
    if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Stmt.Return)) {
      SourceSpan at = items.isEmpty() ? new SourceSpan(file.fileName(), 1, 1, 1)
          : items.get(items.size() - 1).span();
      throw new PplException(at, "the model must end with 'return EXPR' (the value whose"
          + " posterior is wanted)");
    }
  }

  private void bind(Object site, Binding b) {
    scope.bind(b);
    out.bind(site, b);
  }

  private static String where(SourceSpan s) {
    return s.line() + ":" + s.column();
  }

  // ---- statements -------------------------------------------------------------------------

  @Override
  public Void visitDataDecl(Stmt.DataDecl s) {
    throw new PplException(s.span(), "data declarations are only allowed at the top level");
  }

  @Override
  public Void visitLet(Stmt.Let s) {
    s.value().accept(this);
    Optional<List<String>> params = s.value() instanceof Expr.Lambda l
        ? Optional.of(l.params().stream().map(Param::name).toList()) : Optional.empty();
    bind(s, new Binding(s.name(), Binding.Kind.LET, s.nameSpan(), scope.function(), params,
        Optional.empty()));
    return null;
  }

  @Override
  public Void visitTilde(Stmt.Tilde s) {
    Optional<Binding> existing = scope.lookup(s.name());
    if (existing.isPresent()) {
      throw new PplException(s.nameSpan(), "'" + s.name() + "' is already bound (at "
          + where(existing.get().span()) + "); '~' binds a new name. To condition on '"
          + s.name() + "', write 'observe " + s.name() + " ~ ...'");
    }
    distribution(s.distribution());
    bind(s, new Binding(s.name(), Binding.Kind.SAMPLE, s.nameSpan(), scope.function(),
        Optional.empty(), Optional.empty()));
    return null;
  }

  @Override
  public Void visitObserve(Stmt.Observe s) {
    s.value().accept(this);
    distribution(s.distribution());
    return null;
  }

  private void distribution(Expr e) {
    distributionPosition = true;
    e.accept(this);
    distributionPosition = false;
  }

  @Override
  public Void visitFor(Stmt.For s) {
    s.iterable().accept(this);
    Scope saved = scope;
    scope = scope.child();
    bind(s, new Binding(s.name(), Binding.Kind.LOOP, s.nameSpan(), scope.function(),
        Optional.empty(), Optional.empty()));
    s.body().accept(this);
    scope = saved;
    return null;
  }

  @Override
  public Void visitFunDef(Stmt.FunDef s) {
    Binding self = new Binding(s.name(), Binding.Kind.FUN, s.nameSpan(), scope.function(),
        Optional.of(s.params().stream().map(Param::name).toList()), Optional.empty());
    bind(s, self);
    function(s, s.name(), Optional.of(self), s.params(), s.body());
    return null;
  }

  private void function(Object definition, String name, Optional<Binding> self,
      List<Param> params, Expr body) {
    FunctionScope f = new FunctionScope(Optional.of(scope.function()), name, self);
    out.define(definition, f);
    Scope saved = scope;
    scope = scope.functionBody(f);
    Set<String> seen = new HashSet<>();
    for (Param p : params) {
      if (!seen.add(p.name())) {
        throw new PplException(p.span(), "parameter '" + p.name() + "' appears twice");
      }
      bind(p, new Binding(p.name(), Binding.Kind.PARAM, p.span(), f, Optional.empty(),
          Optional.empty()));
    }
    boolean savedPosition = distributionPosition;
    distributionPosition = false;
    if (body instanceof Expr.Block b) {
      functionBodies.add(b);
    }
    body.accept(this);
    distributionPosition = savedPosition;
    scope = saved;
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    s.value().accept(this);
    return null;
  }

  @Override
  public Void visitExprStmt(Stmt.ExprStmt s) {
    s.expr().accept(this);
    return null;
  }

  // ---- expressions ------------------------------------------------------------------------

  @Override
  public Void visitVar(Expr.Var e) {
    resolveName(e, "name");
    return null;
  }

  private VarRef resolveName(Expr.Var e, String what) {
    Optional<Binding> b = scope.lookup(e.name());
    VarRef ref;
    if (b.isPresent()) {
      ref = new VarRef.Local(b.get(), scope.function().slotOf(b.get()));
    } else if (Builtins.function(e.name()).isPresent()) {
      ref = new VarRef.BuiltinFunction(Builtins.function(e.name()).get());
    } else if (Builtins.constant(e.name()).isPresent()) {
      ref = new VarRef.Constant(Builtins.constant(e.name()).get());
    } else {
      Set<String> candidates = new TreeSet<>();
      if (what.equals("distribution")) {
        for (Family k : Family.values()) {
          candidates.add(k.languageName());
        }
      } else {
        candidates.addAll(scope.visibleNames());
        candidates.addAll(Builtins.names());
      }
      throw new PplException(e.span(), "unknown " + what + " '" + e.name() + "'"
          + Suggestions.hint(e.name(), candidates));
    }
    out.refer(e, ref);
    return ref;
  }

  @Override
  public Void visitCall(Expr.Call e) {
    boolean isDistribution = distributionPosition;
    distributionPosition = false;
    if (e.callee() instanceof Expr.Var v) {
      VarRef ref = resolveName(v, isDistribution ? "distribution" : "function");
      checkArity(ref, v.name(), e);
      boolean isSample = ref instanceof VarRef.BuiltinFunction bf
          && bf.builtin().name().equals("sample");
      for (Expr a : e.args()) {
        distributionPosition = isSample;
        a.accept(this);
      }
      distributionPosition = false;
    } else {
      e.callee().accept(this);
      e.args().forEach(a -> a.accept(this));
    }
    return null;
  }

  private static void checkArity(VarRef ref, String name, Expr.Call call) {
    int n = call.args().size();
    if (ref instanceof VarRef.BuiltinFunction bf) {
      Builtin b = bf.builtin();
      if (!b.accepts(n)) {
        String count = b.minArity() == b.arity() ? String.valueOf(b.arity())
            : b.minArity() + " or " + b.arity();
        String params = Family.byName(name)
            .map(k -> " (" + String.join(", ", k.parameters()) + ")").orElse("");
        throw new PplException(call.span(), "'" + name + "' takes " + count + " argument"
            + (b.arity() == 1 ? "" : "s") + params + ", got " + n);
      }
    } else if (ref instanceof VarRef.Local l && l.binding().knownParams().isPresent()) {
      List<String> params = l.binding().knownParams().get();
      if (params.size() != n) {
        throw new PplException(call.span(), "'" + name + "' takes " + params.size()
            + " argument" + (params.size() == 1 ? "" : "s") + " (" + String.join(", ", params)
            + "), got " + n);
      }
    }
  }

  @Override
  public Void visitLambda(Expr.Lambda e) {
    function(e, "anonymous function", Optional.empty(), e.params(), e.body());
    return null;
  }

  @Override
  public Void visitIf(Expr.If e) {
    e.condition().accept(this);
    e.then().accept(this);
    e.otherwise().ifPresent(o -> o.accept(this));
    return null;
  }

  @Override
  public Void visitBlock(Expr.Block e) {
    Scope saved = scope;
    scope = scope.child();
    List<Stmt> stmts = e.statements();
    for (int i = 0; i < stmts.size(); i++) {
      if (stmts.get(i) instanceof Stmt.Return
          && (i < stmts.size() - 1 || !functionBodies.contains(e))) {
        throw new PplException(stmts.get(i).span(), "'return' may only end the model or a"
            + " function body (a block's value is its last expression)");
      }
      stmts.get(i).accept(this);
    }
    scope = saved;
    return null;
  }

  @Override
  public Void visitRecordLit(Expr.RecordLit e) {
    Set<String> seen = new HashSet<>();
    for (FieldInit f : e.fields()) {
      if (!seen.add(f.name())) {
        throw new PplException(f.nameSpan(), "field '" + f.name() + "' appears twice in the"
            + " record");
      }
      f.value().accept(this);
    }
    return null;
  }

  @Override
  public Void visitFieldAccess(Expr.FieldAccess e) {
    e.target().accept(this);
    if (e.target() instanceof Expr.Var v
        && out.reference(v) instanceof VarRef.Local l
        && l.binding().declaredType().orElse(null) instanceof PplType.RecordType r
        && !r.fields().containsKey(e.field())) {
      throw new PplException(e.fieldSpan(), "'" + v.name() + "' has no field '" + e.field()
          + "' (its fields are: " + String.join(", ", r.fields().keySet()) + ")"
          + Suggestions.hint(e.field(), r.fields().keySet()));
    }
    return null;
  }

  @Override
  public Void visitIndex(Expr.Index e) {
    e.target().accept(this);
    e.index().accept(this);
    return null;
  }

  @Override
  public Void visitUnary(Expr.Unary e) {
    e.operand().accept(this);
    return null;
  }

  @Override
  public Void visitBinary(Expr.Binary e) {
    e.left().accept(this);
    e.right().accept(this);
    return null;
  }

  @Override
  public Void visitRange(Expr.Range e) {
    e.from().accept(this);
    e.to().accept(this);
    return null;
  }

  @Override
  public Void visitArrayLit(Expr.ArrayLit e) {
    e.elements().forEach(x -> x.accept(this));
    return null;
  }

  @Override
  public Void visitIntLit(Expr.IntLit e) {
    return null;
  }

  @Override
  public Void visitRealLit(Expr.RealLit e) {
    return null;
  }

  @Override
  public Void visitBoolLit(Expr.BoolLit e) {
    return null;
  }

  @Override
  public Void visitStringLit(Expr.StringLit e) {
    return null;
  }
}
