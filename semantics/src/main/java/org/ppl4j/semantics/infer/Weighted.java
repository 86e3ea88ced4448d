package org.ppl4j.semantics.infer;

import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;

/**
 * The weighted representation: one forward draw of a model paired with the sum of the log
 * weights of the scores met on the way (likelihood weighting). A collection of such draws is
 * a properly weighted sample of the posterior, and the mean of {@code exp(logWeight)} is an
 * unbiased estimate of the evidence (the {@code Weighted} transformer of Ścibior et al., ICFP
 * 2018 and POPL 2018; importance sampling builds a population of these).
 *
 * @param value the draw of the model's result
 * @param logWeight the sum of its scores, possibly {@code -inf}
 * @param <A> the type of the result
 */
public record Weighted<A>(A value, double logWeight) {

  /** Validates the components; see the type's documentation for their domains. */
  public Weighted {
    if (Double.isNaN(logWeight)) {
      throw new IllegalArgumentException("Weighted: log weight is NaN");
    }
  }

  /**
   * Runs {@code model} forwards, drawing with {@code rng} and accumulating its scores.
   *
   * @throws InferenceException when a score is {@code +inf}
   */
  public static <A> Weighted<A> run(Model<A> model, Rng rng) {
    return new Weighing<A>(rng).run(model);
  }

  /** Draws every choice with {@code rng} and sums the scores. */
  private static final class Weighing<A> extends Handler<A, Weighted<A>> {
    private final Rng rng;
    private double logWeight;

    Weighing(Rng rng) {
      this.rng = rng;
    }

    @Override
    protected Weighted<A> onDone(A value) {
      return new Weighted<>(value, logWeight);
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      return sampled.resumeWithDraw(rng);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      logWeight = LogWeightSum.add(logWeight,
          checkedScore("importance", scored.logWeight()), scored.site());
      return scored.resumeAfter();
    }
  }

  /** {@code logWeight} if it is not {@code +inf}; else a user error naming {@code method}. */
  static double checkedScore(String method, double logWeight) {
    if (logWeight == Double.POSITIVE_INFINITY) {
      throw new InferenceException(
          method + ": the model scored +infinity (an observation of infinite density)");
    }
    return logWeight;
  }
}
