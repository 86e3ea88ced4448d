package org.ppl4j.pfn.train;

import java.util.List;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;

/**
 * The training loop shared by the PFN ({@code PfnTrainer}) and the Distribution Transformer
 * ({@code DtTrainer}): at each step zero the gradients, let the {@link Objective} draw a batch
 * and back-propagate its loss, take one {@link Adam} step (Kingma and Ba 2015) at the rate of
 * the warm-up + cosine {@link LearningRateSchedule} with global gradient-norm clipping, and
 * report the step to the {@link TrainingListener}; stop after {@link TrainConfig#steps()} steps
 * or when the {@link TrainingClock} says the wall-time budget is spent.
 *
 * <p>Given the objective's random draws, the loop itself draws nothing, so the trained
 * parameters are a function of the seed (and, under a time budget, of the number of steps
 * taken).
 */
public final class Trainer {

  private final Backend backend;

  /** A trainer whose optimiser state lives on {@code backend}. */
  public Trainer(Backend backend) {
    this.backend = backend;
  }

  /** Optimises {@code parameters} in place; returns the number of steps taken. */
  public int run(List<Parameter> parameters, Objective objective, TrainConfig config,
      TrainingListener listener, TrainingClock clock) {
    Adam adam = new Adam(backend, parameters);
    LearningRateSchedule schedule = config.schedule();
    for (int step = 1; step <= config.steps(); step++) {
      adam.zeroGrad();
      double loss = objective.lossAndGradient(step);
      double progress = clock.progress(step, config.steps());
      double lr = schedule.atFraction(Math.min(1, progress));
      adam.step(lr, config.clipNorm());
      listener.onStep(step, config.steps(), loss, lr);
      if (progress >= 1) {
        return step;
      }
    }
    return config.steps();
  }
}
