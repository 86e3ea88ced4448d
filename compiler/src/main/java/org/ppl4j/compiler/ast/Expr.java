package org.ppl4j.compiler.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * An expression of the language as written (LANGUAGE.md §4), with the span it covers. Whole-tree
 * passes implement {@link ExprVisitor}; sugar ({@code a..b}, {@code else if}) is still present
 * here and disappears in lowering.
 */
public sealed interface Expr {

  /** Where the expression is written. */
  SourceSpan span();

  /** Double dispatch to {@code visitor}. */
  <R> R accept(ExprVisitor<R> visitor);

  /** An {@code Int} literal. */
  record IntLit(long value, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitIntLit(this);
    }
  }

  /** A {@code Real} literal. */
  record RealLit(double value, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitRealLit(this);
    }
  }

  /** {@code true} or {@code false}. */
  record BoolLit(boolean value, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBoolLit(this);
    }
  }

  /** A string literal, escapes already decoded. */
  record StringLit(String value, SourceSpan span) implements Expr {
    public StringLit {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitStringLit(this);
    }
  }

  /** A use of a name. */
  record Var(String name, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitVar(this);
    }
  }

  /** {@code [e1, e2, ...]}. */
  record ArrayLit(List<Expr> elements, SourceSpan span) implements Expr {
    public ArrayLit {
      elements = List.copyOf(elements);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitArrayLit(this);
    }
  }

  /** {@code {a: e1, b: e2}}. */
  record RecordLit(List<FieldInit> fields, SourceSpan span) implements Expr {
    public RecordLit {
      fields = List.copyOf(fields);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitRecordLit(this);
    }
  }

  /** {@code target.field}. */
  record FieldAccess(Expr target, String field, SourceSpan fieldSpan, SourceSpan span)
      implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitFieldAccess(this);
    }
  }

  /** {@code target[index]}, 0-based. */
  record Index(Expr target, Expr index, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitIndex(this);
    }
  }

  /** {@code callee(args...)}. */
  record Call(Expr callee, List<Expr> args, SourceSpan span) implements Expr {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitCall(this);
    }
  }

  /** {@code op operand}. */
  record Unary(UnaryOp op, Expr operand, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitUnary(this);
    }
  }

  /** {@code left op right}. */
  record Binary(BinaryOp op, Expr left, Expr right, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBinary(this);
    }
  }

  /** {@code from..to}: the Int array {@code [from, ..., to - 1]} (sugar). */
  record Range(Expr from, Expr to, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitRange(this);
    }
  }

  /** {@code fn (params) => body} or {@code fn (params) { block }}. */
  record Lambda(List<Param> params, Expr body, SourceSpan span) implements Expr {
    public Lambda {
      params = List.copyOf(params);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitLambda(this);
    }
  }

  /**
   * {@code if condition { then } else otherwise}; {@code otherwise} is a {@link Block} or,
   * for {@code else if}, another {@link If}; absent, the value is unit.
   */
  record If(Expr condition, Block then, Optional<Expr> otherwise, SourceSpan span)
      implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitIf(this);
    }
  }

  /** {@code { stmt; ...; e }}: the value is that of its last statement if an expression. */
  record Block(List<Stmt> statements, SourceSpan span) implements Expr {
    public Block {
      statements = List.copyOf(statements);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBlock(this);
    }
  }
}
