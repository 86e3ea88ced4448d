package org.ppl4j.compiler.ast;

/** A pass over statements: one method per node kind. */
public interface StmtVisitor<R> {
  R visitDataDecl(Stmt.DataDecl s);

  R visitLet(Stmt.Let s);

  R visitTilde(Stmt.Tilde s);

  R visitObserve(Stmt.Observe s);

  R visitFor(Stmt.For s);

  R visitFunDef(Stmt.FunDef s);

  R visitReturn(Stmt.Return s);

  R visitExprStmt(Stmt.ExprStmt s);
}
