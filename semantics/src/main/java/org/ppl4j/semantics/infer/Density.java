package org.ppl4j.semantics.infer;

import java.util.List;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;

/**
 * The density representation: a model replayed on a given trace of choices (the values of its
 * {@code sample}s, in the order the program makes them), with the log density of that trace.
 * Following the {@code Density} of Ścibior et al., POPL 2018 and monad-bayes, the joint log
 * density splits into {@link #logPrior()}, the sum of the log densities of the choices under
 * their distributions, and {@link #logLikelihood()}, the sum of the scores; MH and NUTS use it.
 *
 * @param value the model's result on this trace
 * @param logPrior the sum of the choices' log densities (log masses for discrete choices)
 * @param logLikelihood the sum of the scores met on the way
 * @param <A> the type of the result
 */
public record Density<A>(A value, double logPrior, double logLikelihood) {

  /** The joint log density of the trace: {@code logPrior + logLikelihood}. */
  public double logDensity() {
    return logPrior + logLikelihood;
  }

  /**
   * Replays {@code model} on {@code choices}.
   *
   * @param model the model
   * @param choices one value per {@code sample} the model makes on this path, in order; each
   *     of the type its distribution draws
   * @throws InferenceException when the trace is too short or too long for the model, or a
   *     choice is not of its distribution's type
   */
  public static <A> Density<A> of(Model<A> model, List<?> choices) {
    return new Replay<A>(choices).run(model);
  }

  /** Answers the i-th draw with the i-th choice, summing log densities and scores. */
  private static final class Replay<A> extends Handler<A, Density<A>> {
    private final List<?> choices;
    private double logPrior;
    private double logLikelihood;
    private int index;

    Replay(List<?> choices) {
      this.choices = choices;
    }

    @Override
    protected Density<A> onDone(A value) {
      if (index != choices.size()) {
        throw new InferenceException("density: the trace has " + choices.size()
            + " choices but the model made only " + index);
      }
      return new Density<>(value, logPrior, logLikelihood);
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      if (index >= choices.size()) {
        throw new InferenceException("density: the trace has " + choices.size()
            + " choices but the model makes more (choice " + index + " from "
            + sampled.distribution().name() + ")");
      }
      Replayed<A> replayed = replay(sampled, choices.get(index), index);
      logPrior += replayed.logDensity();
      index++;
      return replayed.next();
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      logLikelihood += Weighted.checkedScore("density", scored.logWeight());
      return scored.resumeAfter();
    }
  }

  private record Replayed<A>(double logDensity, Model<A> next) {}

  @SuppressWarnings("unchecked")
  private static <X, A> Replayed<A> replay(Step.Sampled<X, A> sampled, Object choice, int index) {
    Distribution<X> d = sampled.distribution();
    try {
      X x = (X) choice;
      return new Replayed<>(d.logDensity(x), sampled.resumeWith(x));
    } catch (ClassCastException e) {
      throw new InferenceException("density: choice " + index + " (" + choice
          + ") is not a possible draw from " + d.name());
    }
  }
}
