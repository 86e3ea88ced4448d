package org.ppl4j.inference.nuts;

import java.util.List;

/**
 * The kept draws of one NUTS chain and the sampler diagnostics of each (the columns of a
 * CmdStan output file), plus the adapted step size and inverse metric.
 *
 * @param outputs per draw, the reported quantities in the target's {@code outputNames()} order
 * @param transitions per draw, the sampler's diagnostics (positions are unconstrained)
 * @param stepSize the step size used after warm-up
 * @param inverseMetric the adapted diagonal of the inverse mass matrix
 * @param gradientEvaluations log-density gradient evaluations, warm-up included
 * @param warmupDivergences divergent transitions during warm-up (expected early on; not counted
 *     as sampling divergences)
 * @param warmup the kept warm-up iterations (none unless {@link NutsConfig#saveWarmup()})
 * @param warmupSeconds wall time of the warm-up, &gt;= 0
 * @param samplingSeconds wall time of the sampling after warm-up, &gt;= 0
 * @param generationSeeds per draw, the seed its generated quantities were drawn with
 *     ({@link NutsTarget#outputs(double[], long)}; all 0 when the target has none)
 */
public record ChainDraws(List<double[]> outputs, List<Transition> transitions, double stepSize,
    double[] inverseMetric, long gradientEvaluations, int warmupDivergences,
    WarmupDraws warmup, double warmupSeconds, double samplingSeconds, long[] generationSeeds) {

  /** Copies the lists, the metric and the seeds; one seed per draw. */
  public ChainDraws {
    outputs = List.copyOf(outputs);
    transitions = List.copyOf(transitions);
    inverseMetric = inverseMetric.clone();
    java.util.Objects.requireNonNull(warmup, "warmup");
    generationSeeds = generationSeeds.clone();
    if (generationSeeds.length != outputs.size()) {
      throw new IllegalArgumentException(generationSeeds.length + " generation seeds for "
          + outputs.size() + " draws");
    }
  }

  /** A chain without generated quantities (every generation seed 0). */
  public ChainDraws(List<double[]> outputs, List<Transition> transitions, double stepSize,
      double[] inverseMetric, long gradientEvaluations, int warmupDivergences,
      WarmupDraws warmup, double warmupSeconds, double samplingSeconds) {
    this(outputs, transitions, stepSize, inverseMetric, gradientEvaluations, warmupDivergences,
        warmup, warmupSeconds, samplingSeconds, new long[outputs.size()]);
  }

  /** A chain that kept no warm-up iteration and did not time itself. */
  public ChainDraws(List<double[]> outputs, List<Transition> transitions, double stepSize,
      double[] inverseMetric, long gradientEvaluations, int warmupDivergences) {
    this(outputs, transitions, stepSize, inverseMetric, gradientEvaluations, warmupDivergences,
        WarmupDraws.none(), 0.0, 0.0);
  }

  /** The seed the generated quantities of draw {@code i} were drawn with. */
  public long generationSeed(int i) {
    return generationSeeds[i];
  }

  /** The number of kept draws. */
  public int size() {
    return outputs.size();
  }

  /** The draws of output {@code k}, in order. */
  public double[] output(int k) {
    double[] out = new double[outputs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = outputs.get(i)[k];
    }
    return out;
  }

  /** The number of divergent transitions among the kept draws. */
  public int divergences() {
    int n = 0;
    for (Transition t : transitions) {
      if (t.divergent()) {
        n++;
      }
    }
    return n;
  }
}
