package org.ppl4j.inference.nuts;

import java.util.List;

/**
 * The warm-up iterations a NUTS chain kept ({@link NutsConfig#saveWarmup()}, thinned as the
 * draws): the reported quantities, the sampler's diagnostics and the step size each used
 * (adaptation changes it every iteration). They are for the CmdStan files only: warm-up draws
 * do not come from the final kernel and are no part of the posterior.
 *
 * @param outputs per kept iteration, the reported quantities
 * @param transitions per kept iteration, the sampler's diagnostics
 * @param stepSizes per kept iteration, the step size used
 */
public record WarmupDraws(List<double[]> outputs, List<Transition> transitions,
    List<Double> stepSizes) {

  /** Copies the lists; requires one transition and one step size per output. */
  public WarmupDraws {
    outputs = List.copyOf(outputs);
    transitions = List.copyOf(transitions);
    stepSizes = List.copyOf(stepSizes);
    if (transitions.size() != outputs.size() || stepSizes.size() != outputs.size()) {
      throw new IllegalArgumentException("warm-up outputs, transitions and step sizes differ"
          + " in number");
    }
  }

  /** No warm-up iteration kept. */
  public static WarmupDraws none() {
    return new WarmupDraws(List.of(), List.of(), List.of());
  }

  /** The number of kept warm-up iterations. */
  public int size() {
    return outputs.size();
  }
}
