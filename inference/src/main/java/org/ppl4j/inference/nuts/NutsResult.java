package org.ppl4j.inference.nuts;

import java.util.List;

/**
 * The chains of a NUTS run, with the names of the reported quantities.
 *
 * @param outputNames the names of each draw's quantities
 * @param chains the chains, in the order of their split generators
 * @param config the settings used
 */
public record NutsResult(List<String> outputNames, List<ChainDraws> chains, NutsConfig config) {

  public NutsResult {
    outputNames = List.copyOf(outputNames);
    chains = List.copyOf(chains);
  }

  /** Divergent transitions among the kept draws of all chains. */
  public int divergences() {
    return chains.stream().mapToInt(ChainDraws::divergences).sum();
  }

  /** Gradient evaluations of all chains, warm-up included. */
  public long gradientEvaluations() {
    return chains.stream().mapToLong(ChainDraws::gradientEvaluations).sum();
  }

  /** The position of output {@code name}. */
  public int indexOf(String name) {
    int k = outputNames.indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("no output named '" + name + "'");
    }
    return k;
  }

  /** Per chain, the draws of output {@code k}. */
  public double[][] chainsOf(int k) {
    double[][] out = new double[chains.size()][];
    for (int c = 0; c < out.length; c++) {
      out[c] = chains.get(c).output(k);
    }
    return out;
  }

  /** The draws of output {@code k}, all chains concatenated. */
  public double[] pooled(int k) {
    return java.util.Arrays.stream(chainsOf(k)).flatMapToDouble(java.util.Arrays::stream)
        .toArray();
  }
}
