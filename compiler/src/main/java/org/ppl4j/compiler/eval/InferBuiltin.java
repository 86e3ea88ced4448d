package org.ppl4j.compiler.eval;

import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.nested.NestedMethod;
import org.ppl4j.semantics.nested.NestedRequest;
import org.ppl4j.semantics.nested.SeedDistribution;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code infer(f)} and {@code infer(f, options)} (LANGUAGE.md §9.3): the distribution of the
 * model {@code f} (a function of no arguments) by an inner method of
 * {@link org.ppl4j.semantics.nested.NestedMethods}. The inner model is {@code f}'s call as a
 * {@link Model} of its own, so its {@code observe}, {@code factor} and {@code condition} weigh
 * only the inner executions.
 *
 * <p>An exact method ({@code enumerate}, the default) needs no randomness: the call is pure. A
 * random method first draws its generator's seed from the outer run
 * ({@link SeedDistribution}), so its randomness comes from the outer run's generator, split per
 * particle and chain. Under gradient-based inference, when {@code f} captures numbers that carry
 * derivatives, the outer tape goes to the inner enumeration, which differentiates through it.
 */
final class InferBuiltin extends Builtin {

  InferBuiltin() {
    super("infer", 1, 2, Purity.EFFECT);
  }

  @Override
  public boolean isPure(Value[] args) {
    return !options(args).method().isRandom();
  }

  @Override
  public Value callPure(Value[] args, int depth) {
    Callable model = model(args[0]);
    InferOptions options = options(args);
    Optional<Tape> tape = CapturedValues.tapeOf(model);
    return run(model, options, Optional.empty(), tape);
  }

  @Override
  public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
    InferOptions options = options(args);
    if (!options.method().isRandom()) {
      return EffCode.done(caller.withValue(callPure(args, caller.depth())), k);
    }
    Callable model = model(args[0]);
    Optional<Tape> tape = CapturedValues.tapeOf(model);
    if (tape.isPresent()) {
      throw new IllegalArgumentException("'infer' with method '" + options.method().name()
          + "' is not differentiable, and its model uses parameters of gradient-based inference;"
          + " use {method: \"enumerate\"} (exact and differentiable), or another outer method");
    }
    SeedDistribution seed = new SeedDistribution(options.method().name());
    return Model.sample(seed, new SourceScoreSite(site, "infer")).flatMap(s -> {
      Value d;
      try {
        d = run(model, options, Optional.of(Rng.seeded(s)), tape);
      } catch (IllegalArgumentException e) {
        throw Fail.at(site, e);
      }
      return k.apply(caller.fork(d));
    });
  }

  private static Value run(Callable model, InferOptions options, Optional<Rng> rng,
      Optional<Tape> tape) {
    NestedMethod method = options.method();
    Model<Value> inner = model.apply(List.of());
    return new DistributionValue(
        method.run(inner, new NestedRequest(options.counts(), rng, tape)));
  }

  private static InferOptions options(Value[] args) {
    return args.length == 2 ? InferOptions.parse(args[1]) : InferOptions.defaults();
  }

  private static Callable model(Value f) {
    if (!(f instanceof Callable c)) {
      throw new IllegalArgumentException("'infer' expects a function of no arguments (a model),"
          + " got " + TypeCheck.describe(f));
    }
    if (!c.accepts(0)) {
      throw new IllegalArgumentException("'infer' expects a function of no arguments (a model),"
          + " but '" + c.displayName() + "' takes " + Calls.plural(c.arity(), "argument"));
    }
    return c;
  }
}
