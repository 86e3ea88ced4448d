package org.ppl4j.compiler.ast;

/** A pass over expressions: one method per node kind, so a new kind breaks every pass. */
public interface ExprVisitor<R> {
  R visitIntLit(Expr.IntLit e);

  R visitRealLit(Expr.RealLit e);

  R visitBoolLit(Expr.BoolLit e);

  R visitStringLit(Expr.StringLit e);

  R visitVar(Expr.Var e);

  R visitArrayLit(Expr.ArrayLit e);

  R visitRecordLit(Expr.RecordLit e);

  R visitFieldAccess(Expr.FieldAccess e);

  R visitIndex(Expr.Index e);

  R visitCall(Expr.Call e);

  R visitUnary(Expr.Unary e);

  R visitBinary(Expr.Binary e);

  R visitRange(Expr.Range e);

  R visitLambda(Expr.Lambda e);

  R visitIf(Expr.If e);

  R visitBlock(Expr.Block e);
}
