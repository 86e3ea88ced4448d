package org.ppl4j.compiler.ast;

import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;

/** A statement of a block or of the model body (LANGUAGE.md §3, §5), or a data declaration. */
public sealed interface Stmt {

  /** Where the statement is written. */
  SourceSpan span();

  /** Double dispatch to {@code visitor}. */
  <R> R accept(StmtVisitor<R> visitor);

  /** {@code data name : type [= defaultValue]} (top level only). */
  record DataDecl(String name, SourceSpan nameSpan, PplType type, SourceSpan typeSpan,
      Optional<Expr> defaultValue, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitDataDecl(this);
    }
  }

  /** {@code let name = value}. */
  record Let(String name, SourceSpan nameSpan, Expr value, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitLet(this);
    }
  }

  /** {@code name ~ distribution}: sugar for {@code let name = sample(distribution)}. */
  record Tilde(String name, SourceSpan nameSpan, Expr distribution, SourceSpan span)
      implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitTilde(this);
    }
  }

  /** {@code observe value ~ distribution}. */
  record Observe(Expr value, Expr distribution, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitObserve(this);
    }
  }

  /** {@code for name in iterable { body }} (sugar for a fold over the array). */
  record For(String name, SourceSpan nameSpan, Expr iterable, Expr.Block body, SourceSpan span)
      implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitFor(this);
    }
  }

  /** {@code fun name(params) = body} or {@code fun name(params) { block }}: possibly recursive. */
  record FunDef(String name, SourceSpan nameSpan, List<Param> params, Expr body, SourceSpan span)
      implements Stmt {
    public FunDef {
      params = List.copyOf(params);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitFunDef(this);
    }
  }

  /** {@code return value}: ends the model body. */
  record Return(Expr value, SourceSpan span) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitReturn(this);
    }
  }

  /** An expression evaluated for its effects (or, last in a block, for its value). */
  record ExprStmt(Expr expr) implements Stmt {
    @Override
    public SourceSpan span() {
      return expr.span();
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
      return v.visitExprStmt(this);
    }
  }
}
