package org.ppl4j.semantics.infer;

import java.util.List;
import org.ppl4j.semantics.dist.Distribution;
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
    Model<A> current = model;
    double logPrior = 0.0;
    double logLikelihood = 0.0;
    int index = 0;
    while (true) {
      Step<A> step = current.resume();
      if (step instanceof Step.Done<A> done) {
        if (index != choices.size()) {
          throw new InferenceException("density: the trace has " + choices.size()
              + " choices but the model made only " + index);
        }
        return new Density<>(done.value(), logPrior, logLikelihood);
      } else if (step instanceof Step.Sampled<?, A> sampled) {
        if (index >= choices.size()) {
          throw new InferenceException("density: the trace has " + choices.size()
              + " choices but the model makes more (choice " + index + " from "
              + sampled.distribution().name() + ")");
        }
        Replayed<A> replayed = replay(sampled, choices.get(index), index);
        logPrior += replayed.logDensity();
        current = replayed.next();
        index++;
      } else if (step instanceof Step.Scored<A> scored) {
        logLikelihood += Weighted.checkedScore("density", scored.logWeight());
        current = scored.resumeAfter();
      } else {
        throw new AssertionError("unknown step " + step);
      }
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
