package org.ppl4j.semantics.infer;

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
    Model<A> current = model;
    double logWeight = 0.0;
    while (true) {
      Step<A> step = current.resume();
      if (step instanceof Step.Done<A> done) {
        return new Weighted<>(done.value(), logWeight);
      } else if (step instanceof Step.Sampled<?, A> sampled) {
        current = Sampler.drawAndContinue(sampled, rng);
      } else if (step instanceof Step.Scored<A> scored) {
        logWeight += checkedScore("importance", scored.logWeight());
        current = scored.resumeAfter();
      } else {
        throw new AssertionError("unknown step " + step);
      }
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
