package org.ppl4j.semantics.model;

/**
 * An interpretation of a model's effects: the one loop that runs a {@link Model} through its
 * {@link Step}s, asking the handler what a draw, a score and the result mean (an effect handler
 * in the sense of Plotkin and Pretnar, "Handlers of algebraic effects", ESOP 2009; the
 * interpretations of {@code Model} of Ścibior et al., POPL 2018). Every inference
 * representation ({@code Sampler}, {@code Weighted}, {@code Density}, {@code Enumerator},
 * {@code Sequential}, {@code Traced}, ...) is a handler; none writes its own
 * {@code resume}/{@code instanceof} loop.
 *
 * <p>{@link #run} resumes the model and dispatches: {@link #onSample} and {@link #onScore}
 * return the model to continue with (usually the suspended continuation applied to a value),
 * {@link #onDone} gives the run's result. A handler may end the run early at a draw or a score
 * with {@link #stop}: {@code return stop(result);}. The loop keeps the Java stack flat
 * whatever the number of effects (it inherits the trampoline of {@link Model#resume()}), and
 * allocates nothing of its own besides the handler.
 *
 * <p>A handler is a small mutable interpreter: accumulators (a log weight, a choice index)
 * live in its fields, one instance per run (or per sequence of runs on one thread). The
 * model's continuations stay immutable, so nothing mutable crosses a {@code sample} or
 * {@code score} of the model itself.
 *
 * @param <A> the model's result type
 * @param <R> the run's result type
 */
public abstract class Handler<A, R> {
  private static final Model<?> STOPPED = Model.pure(Unit.UNIT);

  private R stoppedWith;

  /** For subclasses. */
  protected Handler() {}

  /** The model returned {@code value}: the result of the run. */
  protected abstract R onDone(A value);

  /**
   * The model suspended at a draw: the model to continue with (typically
   * {@code sampled.resumeWith(x)} for some value {@code x}), or {@code stop(result)}.
   */
  protected abstract <X> Model<A> onSample(Step.Sampled<X, A> sampled);

  /**
   * The model suspended at a score: the model to continue with (typically
   * {@code scored.resumeAfter()}), or {@code stop(result)}.
   */
  protected abstract Model<A> onScore(Step.Scored<A> scored);

  /**
   * Ends the run with {@code result}; to be returned from {@link #onSample} or
   * {@link #onScore} (the model it returns is never resumed).
   */
  @SuppressWarnings("unchecked")
  protected final Model<A> stop(R result) {
    stoppedWith = result;
    return (Model<A>) STOPPED;
  }

  /**
   * Runs {@code model} under this handler until it returns ({@link #onDone}) or the handler
   * stops it ({@link #stop}).
   */
  public final R run(Model<A> model) {
    Model<A> current = model;
    while (true) {
      Step<A> step = current.resume();
      if (step instanceof Step.Sampled<?, A> sampled) {
        current = onSample(sampled);
      } else if (step instanceof Step.Scored<A> scored) {
        current = onScore(scored);
      } else {
        return onDone(((Step.Done<A>) step).value());
      }
      if (current == STOPPED) { // the sentinel only stop() returns: no user model is it
        return stoppedWith;
      }
    }
  }
}
