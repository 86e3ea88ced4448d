package org.ppl4j.pfn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * The shared training loop on a problem with a known answer: minimise {@code |theta|^2 / 2}
 * (gradient {@code theta}) from {@code theta = (3, -2)}. Deterministic (nothing is drawn), so
 * the assertions are exact or a fixed margin on the known minimum 0.
 */
class TrainerTest {

  private final Backend backend = CpuBackend.withThreads(1);

  /** The quadratic objective; checks that the gradients are zero when it is called. */
  private Objective quadratic(Parameter theta, List<Integer> calls) {
    return step -> {
      calls.add(step);
      assertArrayEquals(new float[2], theta.tensor().gradToArray(), "gradients zeroed");
      float[] v = theta.tensor().toArray();
      backend.copy(backend.upload(v), 0, theta.tensor().grad(), 0, v.length);
      return 0.5 * (v[0] * v[0] + v[1] * v[1]);
    };
  }

  private Parameter start() {
    return new Parameter("theta", Tensor.of(backend, 1, 2, new float[] {3f, -2f}, true));
  }

  @Test
  void runsEveryStepAtTheScheduledRateAndReachesTheMinimum() {
    Parameter theta = start();
    List<Integer> calls = new ArrayList<>();
    List<Double> losses = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    TrainConfig config = new TrainConfig(200, 1, 0.1, 20, 100.0, 1L);
    int taken = new Trainer(backend).run(List.of(theta), quadratic(theta, calls), config,
        (step, steps, loss, lr) -> {
          assertEquals(losses.size() + 1, step);
          assertEquals(200, steps);
          losses.add(loss);
          rates.add(lr);
        }, TrainingClock.start(Optional.empty()));
    assertEquals(200, taken);
    assertEquals(200, calls.size());
    assertEquals(1, calls.get(0));
    for (int s = 1; s <= 200; s++) {
      assertEquals(config.schedule().atFraction(s / 200.0), rates.get(s - 1), 1e-15);
    }
    float[] end = theta.tensor().toArray();
    double finalLoss = 0.5 * (end[0] * end[0] + end[1] * end[1]);
    assertTrue(finalLoss < 1e-3 * losses.get(0), "final loss " + finalLoss);
  }

  @Test
  void stopsAfterTheStepThatSpendsTheTimeBudget() {
    Parameter theta = start();
    List<Integer> calls = new ArrayList<>();
    TrainingClock spent = new TrainingClock(System.nanoTime() - 1_000_000,
        Optional.of(Duration.ofNanos(1)));
    List<Double> rates = new ArrayList<>();
    int taken = new Trainer(backend).run(List.of(theta), quadratic(theta, calls),
        new TrainConfig(50, 1, 0.1, 5, 1.0, 1L), (step, steps, loss, lr) -> rates.add(lr), spent);
    assertEquals(1, taken);
    assertEquals(List.of(1), calls);
    assertEquals(List.of(0.0), rates, "the schedule is at its end, rate 0");
  }
}
