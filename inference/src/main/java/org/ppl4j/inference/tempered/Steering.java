package org.ppl4j.inference.tempered;

import java.util.Optional;
import org.ppl4j.inference.nuts.LogDensityFunction;
import org.ppl4j.semantics.infer.InferenceException;

/**
 * The state of the gradient moves across the steps of one tempered SMC run: the program's
 * differentiable density, the step size adapted so far and, for {@link MoveKind#AUTO}, whether
 * gradient moves were found not to apply (then the run keeps to random walks). The step size
 * changes only between sweeps, from the acceptance rate across the population:
 * {@code h <- h exp(rate - target)}, within [{@value #SMALLEST}, {@value #LARGEST}]. Mutable;
 * used by the calling thread only.
 */
final class Steering {
  static final double SMALLEST = 1e-4;
  static final double LARGEST = 10;

  private final Optional<TemperedGradient> gradient;
  private final MoveKind kind;
  private double stepSize = Double.NaN;
  private boolean off;

  Steering(Optional<TemperedGradient> gradient, MoveKind kind) {
    this.gradient = gradient;
    this.kind = kind;
  }

  /** What the step at {@code beta} asks of the plan: a gradient move, or none. */
  Optional<GradientPlan.Request> request(double beta) {
    if (!kind.wantsGradient() || off) {
      return Optional.empty();
    }
    if (gradient.isEmpty()) {
      refuse("the model has no differentiable density");
      return Optional.empty();
    }
    LogDensityFunction density;
    try {
      density = gradient.get().at(beta);
    } catch (InferenceException e) {
      refuse(e.getMessage());
      return Optional.empty();
    }
    if (Double.isNaN(stepSize)) {
      stepSize = Math.pow(density.dimension(), -0.25);
    }
    return Optional.of(new GradientPlan.Request(density, beta, kind, stepSize));
  }

  /**
   * Notes that gradient moves do not apply, for {@code reason} (nothing when it is empty):
   * {@code auto} keeps to random walks from now on; {@code mala} and {@code hmc} stop the run.
   *
   * @throws InferenceException for {@code mala} and {@code hmc}
   */
  void refuse(String reason) {
    if (reason.isEmpty() || !kind.wantsGradient()) {
      return;
    }
    if (kind == MoveKind.AUTO) {
      off = true;
      return;
    }
    throw new InferenceException("tempered: --move " + kind.key() + " needs gradient moves,"
        + " which do not apply here: " + reason + " (use --move rw, or auto)");
  }

  /** The step size after a sweep of acceptance rate {@code rate} at step size {@code h}. */
  double adapt(double h, double rate) {
    stepSize = Math.max(SMALLEST, Math.min(LARGEST,
        h * Math.exp(rate - kind.targetAcceptance())));
    return stepSize;
  }
}
