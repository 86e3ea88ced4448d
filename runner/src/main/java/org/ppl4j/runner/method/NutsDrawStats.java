package org.ppl4j.runner.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.ppl4j.inference.nuts.ChainDraws;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.inference.nuts.Transition;

/**
 * The sampler statistics of every kept NUTS draw, as
 * {@link org.ppl4j.semantics.posterior.Diagnostics#drawStats()} holds them: indexed
 * {@code [chain][draw]} like the posterior's chains, named as ArviZ's {@code sample_stats}
 * group names CmdStan's columns ({@code lp__} is {@code lp}, {@code accept_stat__} is
 * {@code acceptance_rate}, {@code stepsize__} is {@code step_size}, {@code treedepth__} is
 * {@code tree_depth}, {@code n_leapfrog__} is {@code n_steps}, {@code divergent__} is
 * {@code diverging}, {@code energy__} is {@code energy}).
 */
final class NutsDrawStats {
  private NutsDrawStats() {}

  /** The statistics of {@code result}'s kept draws, chain by chain. */
  static Map<String, double[][]> of(NutsResult result) {
    List<ChainDraws> chains = result.chains();
    Map<String, double[][]> stats = new LinkedHashMap<>();
    stats.put("lp", column(chains, Transition::logDensity));
    stats.put("acceptance_rate", column(chains, Transition::acceptStat));
    double[][] stepSize = new double[chains.size()][];
    for (int c = 0; c < stepSize.length; c++) {
      stepSize[c] = new double[chains.get(c).size()];
      java.util.Arrays.fill(stepSize[c], chains.get(c).stepSize());
    }
    stats.put("step_size", stepSize);
    stats.put("tree_depth", column(chains, Transition::treeDepth));
    stats.put("n_steps", column(chains, Transition::leapfrogSteps));
    stats.put("diverging", column(chains, t -> t.divergent() ? 1 : 0));
    stats.put("energy", column(chains, Transition::energy));
    return stats;
  }

  private static double[][] column(List<ChainDraws> chains, ToDoubleFunction<Transition> stat) {
    double[][] out = new double[chains.size()][];
    for (int c = 0; c < out.length; c++) {
      out[c] = chains.get(c).transitions().stream().mapToDouble(stat).toArray();
    }
    return out;
  }
}
