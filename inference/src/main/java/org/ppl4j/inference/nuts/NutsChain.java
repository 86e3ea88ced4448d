package org.ppl4j.inference.nuts;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * One NUTS chain: initialisation (an {@link InitialPoint}: by default uniform on (-r, r) in
 * unconstrained space; retried up to 100 times until the log density and its gradient are
 * finite, as Stan, unless the point is fixed), Stan's step-size
 * heuristic, windowed warm-up adapting the step size by dual averaging and a diagonal metric
 * from each slow window's variances, then sampling with everything frozen. The kept draws are
 * from a kernel that leaves the target invariant. Each reported draw's generated quantities,
 * if the target has any, are drawn once at the kept position from a seed of the chain's own
 * generation stream (split from the chain's generator before it starts).
 */
final class NutsChain {
  private static final int MAX_INIT_TRIES = 100;

  private final NutsTarget target;
  private final NutsConfig config;
  private final InitialPoint init;
  private final Rng rng;
  private final DiagonalHamiltonian hamiltonian;
  /** Seeds the generated quantities of each reported draw; empty when there are none. */
  private final java.util.Optional<Rng> generation;

  NutsChain(NutsTarget target, NutsConfig config, InitialPoint init, Rng rng) {
    this.target = target;
    this.config = config;
    this.init = init;
    this.rng = rng;
    this.hamiltonian = new DiagonalHamiltonian(target);
    // split only when needed, so that a model without generated quantities keeps its draws
    this.generation = target.generatesQuantities()
        ? java.util.Optional.of(rng.split()) : java.util.Optional.empty();
  }

  ChainDraws run() {
    PhasePoint z = initialPoint();
    double epsilon = initialStepSize(z, 1.0);
    StepSizeAdaptation stepSizes = new StepSizeAdaptation(config.targetAcceptance());
    stepSizes.restart(epsilon);
    WarmupWindows windows = new WarmupWindows(config.warmup());
    VarianceEstimator variances = new VarianceEstimator(hamiltonian.dimension());
    int warmupDivergences = 0;
    long start = System.nanoTime();
    List<double[]> warmupOutputs = new ArrayList<>();
    List<Transition> warmupTransitions = new ArrayList<>();
    List<Double> warmupStepSizes = new ArrayList<>();
    for (int it = 0; it < config.warmup(); it++) {
      NutsTransition kernel = kernel(epsilon);
      Transition t = kernel.run(z);
      z = kernel.lastSample();
      warmupDivergences += t.divergent() ? 1 : 0;
      if (config.saveWarmup() && it % config.thin() == 0) {
        warmupTransitions.add(t);
        warmupOutputs.add(target.outputs(t.position(), nextGenerationSeed()));
        warmupStepSizes.add(epsilon);
      }
      epsilon = stepSizes.learn(t.acceptStat());
      if (windows.inSlowWindow()) {
        variances.add(z.position);
      }
      if (windows.endsWindow()) {
        variances.regularisedVarianceInto(hamiltonian.inverseMetric());
        epsilon = initialStepSize(z, epsilon);
        stepSizes.restart(epsilon);
      }
      windows.advance();
    }
    if (config.warmup() > 0) {
      epsilon = stepSizes.finalStepSize();
    }
    long warmupEnd = System.nanoTime();
    List<double[]> outputs = new ArrayList<>(config.samples());
    List<Transition> transitions = new ArrayList<>(config.samples());
    List<Long> seeds = new ArrayList<>(config.samples());
    for (int it = 0; it < config.samples(); it++) {
      NutsTransition kernel = kernel(epsilon);
      Transition t = kernel.run(z);
      z = kernel.lastSample();
      if (it % config.thin() == 0) {
        long seed = nextGenerationSeed();
        transitions.add(t);
        outputs.add(target.outputs(t.position(), seed));
        seeds.add(seed);
      }
    }
    return new ChainDraws(outputs, transitions, epsilon, hamiltonian.inverseMetric(),
        hamiltonian.gradientEvaluations(), warmupDivergences,
        new WarmupDraws(warmupOutputs, warmupTransitions, warmupStepSizes),
        (warmupEnd - start) / 1e9, (System.nanoTime() - warmupEnd) / 1e9,
        seeds.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * The seed of the next reported draw's generated quantities (LANGUAGE.md §9.4): the next
   * value of this chain's generation stream, so a seed gives the same quantities per chain and
   * draw whatever the number of threads; 0 when the target has none.
   */
  private long nextGenerationSeed() {
    return generation.map(Rng::nextLong).orElse(0L);
  }

  private NutsTransition kernel(double epsilon) {
    return new NutsTransition(hamiltonian, rng, epsilon, config.maxTreeDepth(),
        config.maxEnergyError());
  }

  private PhasePoint initialPoint() {
    PhasePoint z = new PhasePoint(hamiltonian.dimension());
    String lastProblem = "the log density was not finite";
    int tries = init.fixed() ? 1 : MAX_INIT_TRIES;
    for (int attempt = 0; attempt < tries; attempt++) {
      try {
        double[] x = init.propose(z.position.length, rng);
        System.arraycopy(x, 0, z.position, 0, z.position.length);
        z.logDensity = target.logDensity(z.position, z.gradient);
      } catch (IllegalArgumentException e) {
        if (init.fixed()) {
          throw e;
        }
        lastProblem = e.getMessage();
        continue;
      }
      if (Double.isFinite(z.logDensity) && allFinite(z.gradient)) {
        return z;
      }
    }
    if (init.fixed()) {
      throw new IllegalArgumentException("nuts: the log density or its gradient is not finite"
          + " at the initial point given (log density " + z.logDensity + ")");
    }
    throw new IllegalArgumentException("nuts: no initial point with a finite log density and "
        + "gradient after " + MAX_INIT_TRIES + " tries (" + lastProblem + ")");
  }

  /**
   * Stan's heuristic: double or halve epsilon until one leapfrog step's acceptance
   * probability crosses 0.8.
   */
  private double initialStepSize(PhasePoint start, double epsilon) {
    PhasePoint z = start.copy();
    hamiltonian.sampleMomentum(z, rng);
    double h0 = hamiltonian.hamiltonian(z);
    hamiltonian.leapfrog(z, epsilon);
    double deltaH = h0 - hamiltonian.hamiltonian(z);
    int direction = deltaH > Math.log(0.8) ? 1 : -1;
    while (true) {
      z.copyFrom(start);
      hamiltonian.sampleMomentum(z, rng);
      h0 = hamiltonian.hamiltonian(z);
      hamiltonian.leapfrog(z, epsilon);
      deltaH = h0 - hamiltonian.hamiltonian(z);
      if (direction == 1 && !(deltaH > Math.log(0.8))) {
        return epsilon;
      } else if (direction == -1 && !(deltaH < Math.log(0.8))) {
        return epsilon;
      }
      epsilon = direction == 1 ? 2 * epsilon : 0.5 * epsilon;
      if (epsilon > 1e7) {
        throw new IllegalArgumentException("nuts: the posterior is improper (the step size "
            + "grew without bound); check the model's priors");
      }
      if (epsilon == 0) {
        throw new IllegalArgumentException(
            "nuts: no acceptable step size; the log density may be discontinuous");
      }
    }
  }

  private static boolean allFinite(double[] xs) {
    for (double x : xs) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }
}
