package org.ppl4j.compiler.check;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.Stmt;

/**
 * The result of checking a program: what each name refers to, the binding made by each binding
 * site ({@code let}, {@code ~}, {@code for}, {@code fun}, parameters, data), and the frame of
 * each function. Keyed by node identity.
 */
public final class Resolution {
  private final Map<Expr.Var, VarRef> references = new IdentityHashMap<>();
  private final Map<Object, Binding> bindings = new IdentityHashMap<>();
  private final Map<Object, FunctionScope> functions = new IdentityHashMap<>();
  private final FunctionScope root;

  Resolution(FunctionScope root) {
    this.root = root;
  }

  /** The model body's frame. */
  public FunctionScope root() {
    return root;
  }

  /** What {@code v} refers to. */
  public VarRef reference(Expr.Var v) {
    return require(references.get(v), v);
  }

  /**
   * The binding made at {@code site}: a {@link Stmt} that binds a name or a
   * {@link org.ppl4j.compiler.ast.Param}.
   */
  public Binding binding(Object site) {
    return require(bindings.get(site), site);
  }

  /** The frame of a {@link Expr.Lambda} or {@link Stmt.FunDef}. */
  public FunctionScope function(Object definition) {
    return require(functions.get(definition), definition);
  }

  void refer(Expr.Var v, VarRef ref) {
    references.put(v, ref);
  }

  void bind(Object site, Binding b) {
    bindings.put(site, b);
  }

  void define(Object definition, FunctionScope f) {
    functions.put(definition, f);
  }

  private static <T> T require(T value, Object key) {
    if (value == null) {
      throw new AssertionError("not resolved: " + key);
    }
    return value;
  }
}
