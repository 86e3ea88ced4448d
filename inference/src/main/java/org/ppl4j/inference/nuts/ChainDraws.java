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
 * @param warmupOutputs the reported quantities of the kept warm-up iterations (empty unless
 *     {@link NutsConfig#saveWarmup()})
 * @param warmupTransitions their sampler diagnostics, one per warm-up output
 */
public record ChainDraws(List<double[]> outputs, List<Transition> transitions, double stepSize,
    double[] inverseMetric, long gradientEvaluations, int warmupDivergences,
    List<double[]> warmupOutputs, List<Transition> warmupTransitions) {

  /** Copies the lists and the metric; requires one warm-up transition per warm-up output. */
  public ChainDraws {
    outputs = List.copyOf(outputs);
    transitions = List.copyOf(transitions);
    inverseMetric = inverseMetric.clone();
    warmupOutputs = List.copyOf(warmupOutputs);
    warmupTransitions = List.copyOf(warmupTransitions);
    if (warmupOutputs.size() != warmupTransitions.size()) {
      throw new IllegalArgumentException("warm-up outputs and transitions differ in number");
    }
  }

  /** A chain that kept no warm-up iteration. */
  public ChainDraws(List<double[]> outputs, List<Transition> transitions, double stepSize,
      double[] inverseMetric, long gradientEvaluations, int warmupDivergences) {
    this(outputs, transitions, stepSize, inverseMetric, gradientEvaluations, warmupDivergences,
        List.of(), List.of());
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
