package org.ppl4j.semantics.model;

import java.util.function.Function;

/**
 * The trampoline behind {@link Model#resume()}: re-associates left-nested binds
 * ({@code (m >>= f) >>= g} becomes {@code m >>= (x -> f x >>= g)}) and applies continuations
 * of pure values in a loop, the standard stack-safe interpretation of a free monad.
 */
final class Stepper {
  private Stepper() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static <A> Step<A> resume(Model<A> start) {
    Model current = start;
    while (true) {
      if (current instanceof Model.Pure<?> pure) {
        return new Step.Done<>((A) pure.value());
      } else if (current instanceof Model.Sample<?> sample) {
        return new Step.Sampled<>(sample.distribution(), x -> (Model<A>) Model.pure(x),
            sample.site());
      } else if (current instanceof Model.Score score) {
        return new Step.Scored<>(score.logWeight(), u -> (Model<A>) Model.pure(u), score.site());
      } else if (current instanceof Model.Bind<?, ?> bind) {
        Model first = bind.first();
        Function next = bind.next();
        if (first instanceof Model.Pure<?> pure) {
          current = (Model) next.apply(pure.value());
        } else if (first instanceof Model.Sample<?> sample) {
          return new Step.Sampled<>(sample.distribution(), next, sample.site());
        } else if (first instanceof Model.Score score) {
          return new Step.Scored<>(score.logWeight(), next, score.site());
        } else if (first instanceof Model.Bind<?, ?> inner) {
          Function innerNext = inner.next();
          current = new Model.Bind(inner.first(), x -> new Model.Bind((Model) innerNext.apply(x), next));
        } else {
          throw new AssertionError("unknown model node " + first);
        }
      } else {
        throw new AssertionError("unknown model node " + current);
      }
    }
  }
}
