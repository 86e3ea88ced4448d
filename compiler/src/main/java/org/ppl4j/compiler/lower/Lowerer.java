package org.ppl4j.compiler.lower;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ppl4j.compiler.ast.BinaryOp;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.ExprVisitor;
import org.ppl4j.compiler.ast.FieldInit;
import org.ppl4j.compiler.ast.Param;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.ast.StmtVisitor;
import org.ppl4j.compiler.check.Binding;
import org.ppl4j.compiler.check.FunctionScope;
import org.ppl4j.compiler.check.Resolution;
import org.ppl4j.compiler.check.VarRef;
import org.ppl4j.compiler.eval.CompiledFunction;
import org.ppl4j.compiler.eval.ControlNodes;
import org.ppl4j.compiler.eval.EffCode;
import org.ppl4j.compiler.eval.EffectNodes;
import org.ppl4j.compiler.eval.PureCode;
import org.ppl4j.compiler.eval.ValueNodes;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.UnitValue;

/**
 * Lowers checked AST to code over frames. Sugar disappears here: {@code x ~ D} becomes a draw
 * bound to a slot, {@code for} a loop over slots, {@code else if} nested conditionals,
 * {@code a..b} a range node. An effect analysis keeps deterministic sub-expressions as direct
 * code; effectful operands of strict operators are evaluated first into temporary slots
 * (A-normal form), so only draws, scores and calls of functions that may draw or score go
 * through the model. Calls in tail position of a function body ({@link TailPositions}) become
 * tail calls, which take no memory.
 */
final class Lowerer implements ExprVisitor<Lowered>, StmtVisitor<Lowered> {
  private final Resolution resolution;
  private final Purity purity;
  private final Set<Expr.Call> tailCalls = Collections.newSetFromMap(new IdentityHashMap<>());
  private FunctionScope function;
  /** Whether {@code observe}s record what they observe ({@code compileObserving}). */
  private final boolean observing;

  Lowerer(Resolution resolution) {
    this(resolution, false);
  }

  Lowerer(Resolution resolution, boolean observing) {
    this.observing = observing;
    this.purity = new Purity(resolution);
    this.resolution = resolution;
    this.function = resolution.root();
  }

  Lowered expr(Expr e) {
    return e.accept(this);
  }

  Lowered statements(List<Stmt> stmts) {
    List<Lowered> steps = new ArrayList<>();
    for (Stmt s : stmts) {
      steps.add(s.accept(this));
    }
    if (steps.isEmpty()) {
      steps.add(constant(UnitValue.UNIT));
    }
    return Lowered.sequence(steps);
  }

  private static Lowered constant(org.ppl4j.semantics.value.Value v) {
    return new Lowered.Pure(new ValueNodes.Const(v));
  }

  /** Pure operands stay; an effectful one is run first into a temporary slot. */
  private PureCode operand(Lowered l, List<EffCode> before) {
    if (l instanceof Lowered.Pure p) {
      return p.code();
    }
    int temp = function.newSlot();
    before.add(new EffectNodes.SetSlot(temp, l.asEff()));
    return new ValueNodes.Slot(temp);
  }

  private PureCode[] operands(List<Expr> es, List<EffCode> before) {
    PureCode[] out = new PureCode[es.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = operand(expr(es.get(i)), before);
    }
    return out;
  }

  private static Lowered then(List<EffCode> before, PureCode node) {
    return thenEff(before, new Lowered.Pure(node));
  }

  private static Lowered thenEff(List<EffCode> before, Lowered last) {
    if (before.isEmpty()) {
      return last;
    }
    List<EffCode> steps = new ArrayList<>(before);
    steps.add(last.asEff());
    return new Lowered.Eff(new EffectNodes.Seq(steps.toArray(EffCode[]::new)));
  }

  // ---- functions --------------------------------------------------------------------------

  /** Lowers a function body; returns the code that makes its closure. */
  private PureCode function(Object definition, String name, Optional<Binding> self,
      List<Param> params, Expr body) {
    FunctionScope f = resolution.function(definition);
    FunctionScope saved = function;
    function = f;
    tailCalls.addAll(TailPositions.of(body));
    self.ifPresent(b -> purity.markBinding(b, true));
    Lowered code = expr(body);
    if (!code.isPure() && self.isPresent()) {
      purity.markBinding(self.get(), false);
      code = expr(body);
    }
    function = saved;
    int[] paramSlots = params.stream().mapToInt(p -> resolution.binding(p).slot()).toArray();
    List<FunctionScope.Capture> captures = f.captures();
    int[] inner = captures.stream().mapToInt(FunctionScope.Capture::innerSlot).toArray();
    int[] source = captures.stream().mapToInt(FunctionScope.Capture::sourceSlot).toArray();
    int selfIndex = -1;
    for (int i = 0; i < captures.size(); i++) {
      if (captures.get(i).self()) {
        selfIndex = i;
      }
    }
    List<Optional<PplType>> types = params.stream().map(Param::type).toList();
    CompiledFunction compiled = new CompiledFunction(name,
        params.stream().map(Param::name).toList(), paramSlots, types, inner);
    compiled.define(
        code instanceof Lowered.Pure p ? Optional.of(p.code()) : Optional.empty(),
        code instanceof Lowered.Eff e ? Optional.of(e.code()) : Optional.empty(),
        f.slotCount());
    return new ControlNodes.MakeClosure(compiled, source, selfIndex);
  }

  @Override
  public Lowered visitLambda(Expr.Lambda e) {
    PureCode make = function(e, "anonymous function", Optional.empty(), e.params(), e.body());
    purity.markLambda(e, ((ControlNodes.MakeClosure) make).function().isPureFunction());
    return new Lowered.Pure(make);
  }

  @Override
  public Lowered visitFunDef(Stmt.FunDef s) {
    Binding b = resolution.binding(s);
    PureCode make = function(s, s.name(), Optional.of(b), s.params(), s.body());
    purity.markBinding(b, ((ControlNodes.MakeClosure) make).function().isPureFunction());
    return new Lowered.Pure(new ControlNodes.Assign(b.slot(), make));
  }

  // ---- statements -------------------------------------------------------------------------

  @Override
  public Lowered visitDataDecl(Stmt.DataDecl s) {
    throw new AssertionError("data declarations are lowered by the compiler");
  }

  @Override
  public Lowered visitLet(Stmt.Let s) {
    Binding b = resolution.binding(s);
    Lowered value = namedDraw(s).orElseGet(() -> expr(s.value()));
    if (s.value() instanceof Expr.Lambda l) {
      purity.markBinding(b, purity.ofLambda(l));
    }
    if (value instanceof Lowered.Pure p) {
      return new Lowered.Pure(new ControlNodes.Assign(b.slot(), p.code()));
    }
    return new Lowered.Eff(new EffectNodes.SetSlot(b.slot(), value.asEff()));
  }

  @Override
  public Lowered visitTilde(Stmt.Tilde s) {
    List<EffCode> before = new ArrayList<>();
    Optional<Family> known = knownConstructor(s.distribution());
    if (known.isPresent()) {
      Expr.Call call = (Expr.Call) s.distribution();
      PureCode[] args = operands(call.args(), before);
      EffCode draw = new EffectNodes.SetSlot(resolution.binding(s).slot(),
          new EffectNodes.SampleKnown(known.get(), args, call.span(), s.name()));
      return thenEff(before, new Lowered.Eff(draw));
    }
    PureCode d = operand(expr(s.distribution()), before);
    EffCode draw = new EffectNodes.SetSlot(resolution.binding(s).slot(),
        new EffectNodes.Sample(d, s.distribution().span(), s.name()));
    return thenEff(before, new Lowered.Eff(draw));
  }

  @Override
  public Lowered visitObserve(Stmt.Observe s) {
    List<EffCode> before = new ArrayList<>();
    PureCode value = operand(expr(s.value()), before);
    Optional<Family> known = knownConstructor(s.distribution());
    if (known.isPresent()) {
      Expr.Call call = (Expr.Call) s.distribution();
      PureCode[] args = operands(call.args(), before);
      return thenEff(before, new Lowered.Eff(new EffectNodes.ObserveKnown(value, known.get(),
          args, call.span(), s.span(), observationLabel(s))));
    }
    PureCode d = operand(expr(s.distribution()), before);
    return thenEff(before, new Lowered.Eff(new EffectNodes.Observe(value, d, s.span(),
        observationLabel(s))));
  }

  /** The label of {@code s}'s observations when recording them ({@link ObservationLabel}). */
  private Optional<String> observationLabel(Stmt.Observe s) {
    return observing ? Optional.of(ObservationLabel.of(s)) : Optional.empty();
  }

  /** {@code let x = sample(D)} (the builtin): its draw, the site named {@code x}. */
  private Optional<Lowered> namedDraw(Stmt.Let s) {
    if (!(s.value() instanceof Expr.Call c && c.args().size() == 1
        && BuiltinCalls.name(c, resolution).filter("sample"::equals).isPresent())) {
      return Optional.empty();
    }
    List<EffCode> before = new ArrayList<>();
    PureCode d = operand(expr(c.args().get(0)), before);
    EffCode draw = new EffectNodes.SampleCall(d, c.span(), s.name());
    return Optional.of(thenEff(before, new Lowered.Eff(draw)));
  }

  /** The constructor called by {@code e} when it is a call of a (not shadowed) builtin one. */
  private Optional<Family> knownConstructor(Expr e) {
    return BuiltinCalls.name(e, resolution).flatMap(Family::byName);
  }

  @Override
  public Lowered visitFor(Stmt.For s) {
    List<EffCode> before = new ArrayList<>();
    int slot = resolution.binding(s).slot();
    if (s.iterable() instanceof Expr.Range r) {
      PureCode from = operand(expr(r.from()), before);
      PureCode to = operand(expr(r.to()), before);
      Lowered body = expr(s.body());
      if (body instanceof Lowered.Pure p) {
        return then(before, new ControlNodes.ForRange(slot, from, to, r.span(), p.code()));
      }
      return thenEff(before, new Lowered.Eff(
          new EffectNodes.ForRange(slot, from, to, r.span(), body.asEff())));
    }
    PureCode xs = operand(expr(s.iterable()), before);
    Lowered body = expr(s.body());
    if (body instanceof Lowered.Pure p) {
      return then(before, new ControlNodes.For(slot, xs, s.iterable().span(), p.code()));
    }
    return thenEff(before, new Lowered.Eff(
        new EffectNodes.For(slot, xs, s.iterable().span(), body.asEff())));
  }

  @Override
  public Lowered visitReturn(Stmt.Return s) {
    return expr(s.value());
  }

  @Override
  public Lowered visitExprStmt(Stmt.ExprStmt s) {
    return expr(s.expr());
  }

  // ---- expressions ------------------------------------------------------------------------

  @Override
  public Lowered visitVar(Expr.Var e) {
    VarRef ref = resolution.reference(e);
    if (ref instanceof VarRef.Local l) {
      return new Lowered.Pure(new ValueNodes.Slot(l.slot()));
    }
    if (ref instanceof VarRef.BuiltinFunction b) {
      return constant(b.builtin());
    }
    return constant(((VarRef.Constant) ref).value());
  }

  @Override
  public Lowered visitCall(Expr.Call e) {
    List<EffCode> before = new ArrayList<>();
    PureCode callee = operand(expr(e.callee()), before);
    PureCode[] args = operands(e.args(), before);
    boolean tail = tailCalls.contains(e);
    if (purity.isPureCall(e)) {
      return then(before, tail ? new ControlNodes.TailCall(callee, args, e.span())
          : new ControlNodes.Call(callee, args, e.span()));
    }
    return thenEff(before, new Lowered.Eff(new EffectNodes.Call(callee, args, e.span(), tail)));
  }

  @Override
  public Lowered visitIf(Expr.If e) {
    List<EffCode> before = new ArrayList<>();
    PureCode c = operand(expr(e.condition()), before);
    Lowered then = expr(e.then());
    Lowered otherwise = e.otherwise().map(this::expr).orElse(constant(UnitValue.UNIT));
    if (then instanceof Lowered.Pure t && otherwise instanceof Lowered.Pure o) {
      return then(before, new ControlNodes.If(c, e.condition().span(), t.code(), o.code()));
    }
    return thenEff(before, new Lowered.Eff(
        new EffectNodes.If(c, e.condition().span(), then.asEff(), otherwise.asEff())));
  }

  @Override
  public Lowered visitBlock(Expr.Block e) {
    return statements(e.statements());
  }

  @Override
  public Lowered visitBinary(Expr.Binary e) {
    List<EffCode> before = new ArrayList<>();
    PureCode left = operand(expr(e.left()), before);
    if (e.op() == BinaryOp.AND || e.op() == BinaryOp.OR) {
      boolean isAnd = e.op() == BinaryOp.AND;
      Lowered right = expr(e.right());
      if (right instanceof Lowered.Pure r) {
        return then(before, new ValueNodes.Logical(isAnd, left, r.code(), e.span()));
      }
      return thenEff(before, new Lowered.Eff(
          new EffectNodes.Logical(isAnd, left, right.asEff(), e.span())));
    }
    PureCode right = operand(expr(e.right()), before);
    return then(before, new ValueNodes.Binary(e.op(), left, right, e.span()));
  }

  @Override
  public Lowered visitUnary(Expr.Unary e) {
    List<EffCode> before = new ArrayList<>();
    PureCode operand = operand(expr(e.operand()), before);
    return then(before, new ValueNodes.Unary(e.op(), operand, e.span()));
  }

  @Override
  public Lowered visitRange(Expr.Range e) {
    List<EffCode> before = new ArrayList<>();
    PureCode from = operand(expr(e.from()), before);
    PureCode to = operand(expr(e.to()), before);
    return then(before, new ValueNodes.Range(from, to, e.span()));
  }

  @Override
  public Lowered visitIndex(Expr.Index e) {
    List<EffCode> before = new ArrayList<>();
    PureCode target = operand(expr(e.target()), before);
    PureCode index = operand(expr(e.index()), before);
    return then(before, new ValueNodes.Index(target, index, e.span()));
  }

  @Override
  public Lowered visitFieldAccess(Expr.FieldAccess e) {
    List<EffCode> before = new ArrayList<>();
    PureCode target = operand(expr(e.target()), before);
    return then(before, new ValueNodes.Field(target, e.field(), e.span()));
  }

  @Override
  public Lowered visitArrayLit(Expr.ArrayLit e) {
    List<EffCode> before = new ArrayList<>();
    PureCode[] elements = operands(e.elements(), before);
    return then(before, new ValueNodes.ArrayOf(elements));
  }

  @Override
  public Lowered visitRecordLit(Expr.RecordLit e) {
    List<EffCode> before = new ArrayList<>();
    PureCode[] values = operands(e.fields().stream().map(FieldInit::value).toList(), before);
    List<String> names = e.fields().stream().map(FieldInit::name).toList();
    return then(before, new ValueNodes.RecordOf(names, values));
  }

  @Override
  public Lowered visitIntLit(Expr.IntLit e) {
    return constant(new IntValue(e.value()));
  }

  @Override
  public Lowered visitRealLit(Expr.RealLit e) {
    return constant(new RealValue(e.value()));
  }

  @Override
  public Lowered visitBoolLit(Expr.BoolLit e) {
    return constant(BoolValue.of(e.value()));
  }

  @Override
  public Lowered visitStringLit(Expr.StringLit e) {
    return constant(new StringValue(e.value()));
  }
}
