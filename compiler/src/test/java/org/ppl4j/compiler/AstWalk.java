package org.ppl4j.compiler;

import java.util.Set;
import java.util.TreeSet;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.ExprVisitor;
import org.ppl4j.compiler.ast.FieldInit;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.ast.StmtVisitor;

/** Visits a whole tree and records the kinds of node it meets. */
final class AstWalk implements ExprVisitor<Void>, StmtVisitor<Void> {
  private final Set<String> kinds = new TreeSet<>();

  Set<String> kinds() {
    return kinds;
  }

  private Void seen(Object node) {
    kinds.add(node.getClass().getSimpleName());
    return null;
  }

  @Override
  public Void visitIntLit(Expr.IntLit e) {
    return seen(e);
  }

  @Override
  public Void visitRealLit(Expr.RealLit e) {
    return seen(e);
  }

  @Override
  public Void visitBoolLit(Expr.BoolLit e) {
    return seen(e);
  }

  @Override
  public Void visitStringLit(Expr.StringLit e) {
    return seen(e);
  }

  @Override
  public Void visitVar(Expr.Var e) {
    return seen(e);
  }

  @Override
  public Void visitArrayLit(Expr.ArrayLit e) {
    e.elements().forEach(x -> x.accept(this));
    return seen(e);
  }

  @Override
  public Void visitRecordLit(Expr.RecordLit e) {
    e.fields().stream().map(FieldInit::value).forEach(x -> x.accept(this));
    return seen(e);
  }

  @Override
  public Void visitFieldAccess(Expr.FieldAccess e) {
    e.target().accept(this);
    return seen(e);
  }

  @Override
  public Void visitIndex(Expr.Index e) {
    e.target().accept(this);
    e.index().accept(this);
    return seen(e);
  }

  @Override
  public Void visitCall(Expr.Call e) {
    e.callee().accept(this);
    e.args().forEach(x -> x.accept(this));
    return seen(e);
  }

  @Override
  public Void visitUnary(Expr.Unary e) {
    e.operand().accept(this);
    return seen(e);
  }

  @Override
  public Void visitBinary(Expr.Binary e) {
    e.left().accept(this);
    e.right().accept(this);
    return seen(e);
  }

  @Override
  public Void visitRange(Expr.Range e) {
    e.from().accept(this);
    e.to().accept(this);
    return seen(e);
  }

  @Override
  public Void visitLambda(Expr.Lambda e) {
    e.body().accept(this);
    return seen(e);
  }

  @Override
  public Void visitIf(Expr.If e) {
    e.condition().accept(this);
    e.then().accept(this);
    e.otherwise().ifPresent(x -> x.accept(this));
    return seen(e);
  }

  @Override
  public Void visitBlock(Expr.Block e) {
    e.statements().forEach(s -> s.accept(this));
    return seen(e);
  }

  @Override
  public Void visitDataDecl(Stmt.DataDecl s) {
    s.defaultValue().ifPresent(x -> x.accept(this));
    return seen(s);
  }

  @Override
  public Void visitLet(Stmt.Let s) {
    s.value().accept(this);
    return seen(s);
  }

  @Override
  public Void visitTilde(Stmt.Tilde s) {
    s.distribution().accept(this);
    return seen(s);
  }

  @Override
  public Void visitObserve(Stmt.Observe s) {
    s.value().accept(this);
    s.distribution().accept(this);
    return seen(s);
  }

  @Override
  public Void visitFor(Stmt.For s) {
    s.iterable().accept(this);
    s.body().accept(this);
    return seen(s);
  }

  @Override
  public Void visitFunDef(Stmt.FunDef s) {
    s.body().accept(this);
    return seen(s);
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    s.value().accept(this);
    return seen(s);
  }

  @Override
  public Void visitExprStmt(Stmt.ExprStmt s) {
    s.expr().accept(this);
    return seen(s);
  }
}
