package org.ppl4j.compiler.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.ppl4j.compiler.ast.BinaryOp;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.FieldInit;
import org.ppl4j.compiler.ast.Param;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.ast.UnaryOp;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.grammar.PplBaseVisitor;
import org.ppl4j.grammar.PplParser;

/** Builds the AST (records with spans) from ANTLR's parse tree; resolves type names. */
final class AstBuilder extends PplBaseVisitor<Object> {
  private final Spans spans;

  AstBuilder(Spans spans) {
    this.spans = spans;
  }

  List<Stmt> program(PplParser.ProgramContext ctx) {
    List<Stmt> items = new ArrayList<>();
    for (PplParser.ItemContext item : ctx.item()) {
      items.add(item.dataDecl() != null ? dataDecl(item.dataDecl()) : stmt(item.stmt()));
    }
    return items;
  }

  private Stmt dataDecl(PplParser.DataDeclContext ctx) {
    return new Stmt.DataDecl(ctx.name.getText(), spans.of(ctx.name), type(ctx.type()),
        spans.of(ctx.type()), Optional.ofNullable(ctx.expr()).map(this::expr), spans.of(ctx));
  }

  Stmt stmt(PplParser.StmtContext ctx) {
    return (Stmt) visit(ctx);
  }

  Expr expr(PplParser.ExprContext ctx) {
    return (Expr) visit(ctx);
  }

  // ---- statements -------------------------------------------------------------------------

  @Override
  public Object visitLetStmt(PplParser.LetStmtContext ctx) {
    return new Stmt.Let(ctx.name.getText(), spans.of(ctx.name), expr(ctx.expr()), spans.of(ctx));
  }

  @Override
  public Object visitTildeStmt(PplParser.TildeStmtContext ctx) {
    return new Stmt.Tilde(ctx.name.getText(), spans.of(ctx.name), expr(ctx.expr()),
        spans.of(ctx));
  }

  @Override
  public Object visitObserveStmt(PplParser.ObserveStmtContext ctx) {
    return new Stmt.Observe(expr(ctx.expr(0)), expr(ctx.expr(1)), spans.of(ctx));
  }

  @Override
  public Object visitForStmt(PplParser.ForStmtContext ctx) {
    return new Stmt.For(ctx.name.getText(), spans.of(ctx.name), expr(ctx.expr()),
        block(ctx.block()), spans.of(ctx));
  }

  @Override
  public Object visitFunStmt(PplParser.FunStmtContext ctx) {
    Expr body = ctx.block() != null ? block(ctx.block()) : expr(ctx.expr());
    return new Stmt.FunDef(ctx.name.getText(), spans.of(ctx.name), params(ctx.params()), body,
        spans.between(ctx.getStart(), ctx.name));
  }

  @Override
  public Object visitReturnStmt(PplParser.ReturnStmtContext ctx) {
    return new Stmt.Return(expr(ctx.expr()), spans.of(ctx));
  }

  @Override
  public Object visitExprStmt(PplParser.ExprStmtContext ctx) {
    return new Stmt.ExprStmt(expr(ctx.expr()));
  }

  private List<Param> params(PplParser.ParamsContext ctx) {
    List<Param> out = new ArrayList<>();
    if (ctx != null) {
      for (PplParser.ParamContext p : ctx.param()) {
        out.add(new Param(p.name.getText(), Optional.ofNullable(p.type()).map(this::type),
            spans.of(p.name)));
      }
    }
    return out;
  }

  Expr.Block block(PplParser.BlockContext ctx) {
    List<Stmt> stmts = new ArrayList<>();
    for (PplParser.StmtContext s : ctx.stmt()) {
      stmts.add(stmt(s));
    }
    return new Expr.Block(stmts, spans.of(ctx));
  }

  // ---- types ------------------------------------------------------------------------------

  private PplType type(PplParser.TypeContext ctx) {
    if (ctx instanceof PplParser.ArrayTypeContext a) {
      return PplType.arrayOf(type(a.type()));
    }
    if (ctx instanceof PplParser.RecordTypeContext r) {
      Map<String, PplType> fields = new LinkedHashMap<>();
      for (PplParser.TypeFieldContext f : r.typeField()) {
        if (fields.put(f.name.getText(), type(f.type())) != null) {
          throw new PplException(spans.of(f.name),
              "field '" + f.name.getText() + "' appears twice in the record type");
        }
      }
      return new PplType.RecordType(fields);
    }
    Token name = ((PplParser.NamedTypeContext) ctx).name;
    return switch (name.getText()) {
      case "Int" -> PplType.INT;
      case "Real" -> PplType.REAL;
      case "Bool" -> PplType.BOOL;
      case "String" -> PplType.STRING;
      default -> throw new PplException(spans.of(name), "unknown type '" + name.getText()
          + "' (types are Int, Real, Bool, String, T[] and {name: T, ...})");
    };
  }

  // ---- expressions ------------------------------------------------------------------------

  @Override
  public Object visitFieldExpr(PplParser.FieldExprContext ctx) {
    return new Expr.FieldAccess(expr(ctx.expr()), ctx.name.getText(), spans.of(ctx.name),
        spans.of(ctx));
  }

  @Override
  public Object visitIndexExpr(PplParser.IndexExprContext ctx) {
    return new Expr.Index(expr(ctx.expr(0)), expr(ctx.expr(1)), spans.of(ctx));
  }

  @Override
  public Object visitCallExpr(PplParser.CallExprContext ctx) {
    List<Expr> args = new ArrayList<>();
    if (ctx.args() != null) {
      for (PplParser.ExprContext a : ctx.args().expr()) {
        args.add(expr(a));
      }
    }
    return new Expr.Call(expr(ctx.expr()), args, spans.of(ctx));
  }

  @Override
  public Object visitBinaryExpr(PplParser.BinaryExprContext ctx) {
    BinaryOp op = BinaryOp.bySymbol(ctx.op.getText()).orElseThrow();
    return new Expr.Binary(op, expr(ctx.expr(0)), expr(ctx.expr(1)), spans.of(ctx));
  }

  @Override
  public Object visitUnaryExpr(PplParser.UnaryExprContext ctx) {
    UnaryOp op = switch (ctx.op.getText()) {
      case "-" -> UnaryOp.NEG;
      case "+" -> UnaryOp.PLUS;
      default -> UnaryOp.NOT;
    };
    return new Expr.Unary(op, expr(ctx.expr()), spans.of(ctx));
  }

  @Override
  public Object visitRangeExpr(PplParser.RangeExprContext ctx) {
    return new Expr.Range(expr(ctx.expr(0)), expr(ctx.expr(1)), spans.of(ctx));
  }

  @Override
  public Object visitConditionalExpr(PplParser.ConditionalExprContext ctx) {
    return ifExpr(ctx.ifExpr());
  }

  private Expr.If ifExpr(PplParser.IfExprContext ctx) {
    Optional<Expr> otherwise = Optional.empty();
    if (ctx.ifExpr() != null) {
      otherwise = Optional.of(ifExpr(ctx.ifExpr()));
    } else if (ctx.block().size() > 1) {
      otherwise = Optional.of(block(ctx.block(1)));
    }
    return new Expr.If(expr(ctx.expr()), block(ctx.block(0)), otherwise, spans.of(ctx));
  }

  @Override
  public Object visitLambdaExpr(PplParser.LambdaExprContext ctx) {
    Expr body = ctx.block() != null ? block(ctx.block()) : expr(ctx.expr());
    return new Expr.Lambda(params(ctx.params()), body, spans.of(ctx));
  }

  @Override
  public Object visitArrayExpr(PplParser.ArrayExprContext ctx) {
    List<Expr> elements = new ArrayList<>();
    for (PplParser.ExprContext e : ctx.expr()) {
      elements.add(expr(e));
    }
    return new Expr.ArrayLit(elements, spans.of(ctx));
  }

  @Override
  public Object visitRecordExpr(PplParser.RecordExprContext ctx) {
    List<FieldInit> fields = new ArrayList<>();
    for (PplParser.FieldContext f : ctx.field()) {
      fields.add(new FieldInit(f.name.getText(), spans.of(f.name), expr(f.expr())));
    }
    return new Expr.RecordLit(fields, spans.of(ctx));
  }

  @Override
  public Object visitBlockExpr(PplParser.BlockExprContext ctx) {
    return block(ctx.block());
  }

  @Override
  public Object visitParenExpr(PplParser.ParenExprContext ctx) {
    return expr(ctx.expr());
  }

  @Override
  public Object visitIntExpr(PplParser.IntExprContext ctx) {
    try {
      return new Expr.IntLit(Long.parseLong(ctx.getText()), spans.of(ctx));
    } catch (NumberFormatException e) {
      throw new PplException(spans.of(ctx),
          "integer literal " + ctx.getText() + " is too large (at most " + Long.MAX_VALUE + ")");
    }
  }

  @Override
  public Object visitRealExpr(PplParser.RealExprContext ctx) {
    double value = Double.parseDouble(ctx.getText());
    if (Double.isInfinite(value)) {
      throw new PplException(spans.of(ctx), "real literal " + ctx.getText() + " is too large"
          + " (the largest Real is about 1.8e308; write inf for infinity)");
    }
    return new Expr.RealLit(value, spans.of(ctx));
  }

  @Override
  public Object visitStringExpr(PplParser.StringExprContext ctx) {
    return new Expr.StringLit(unescape(ctx.getText()), spans.of(ctx));
  }

  @Override
  public Object visitBoolExpr(PplParser.BoolExprContext ctx) {
    return new Expr.BoolLit(ctx.TRUE() != null, spans.of(ctx));
  }

  @Override
  public Object visitVarExpr(PplParser.VarExprContext ctx) {
    return new Expr.Var(ctx.getText(), spans.of(ctx));
  }

  private static String unescape(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\') {
        char n = quoted.charAt(++i);
        out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
