package org.ppl4j.pfn.dt;

import org.ppl4j.pfn.tensor.MixtureOps;

/**
 * The hyper-parameters of a Distribution Transformer (stored in the {@code .dt} header).
 *
 * @param latentDim dimension D of the latent, &gt; 0
 * @param observationDim values per observation, &gt; 0
 * @param width token width d, &gt; 0, divisible by {@code heads}
 * @param heads attention heads, &gt; 0
 * @param layers decoder layers, &gt; 0
 * @param hiddenWidth feed-forward hidden width of each decoder layer, &gt; 0
 * @param embedWidth hidden width of the embedding and de-embedding MLPs, &gt; 0
 */
public record DtArchitecture(int latentDim, int observationDim, int width, int heads, int layers,
    int hiddenWidth, int embedWidth) {

  /** Validates every field, naming the bad one. */
  public DtArchitecture {
    positive("latentDim", latentDim);
    positive("observationDim", observationDim);
    positive("width", width);
    positive("heads", heads);
    positive("layers", layers);
    positive("hiddenWidth", hiddenWidth);
    positive("embedWidth", embedWidth);
    if (width % heads != 0) {
      throw new IllegalArgumentException(
          "width " + width + " must be divisible by heads " + heads);
    }
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }

  /**
   * Width 32, 4 heads, 2 layers, feed-forward 64, embedding MLPs 32: sized for two CPU cores
   * (the networks of bench/dt/RESULTS.md).
   */
  public static DtArchitecture defaults(int latentDim, int observationDim) {
    return new DtArchitecture(latentDim, observationDim, 32, 4, 2, 64, 32);
  }

  /** Raw values per component token ({@link MixtureOps#rawWidth} of the latent dimension). */
  public int componentWidth() {
    return MixtureOps.rawWidth(latentDim);
  }

  /** Features per observation token: the observation and a flag marking the empty token. */
  public int observationWidth() {
    return observationDim + 1;
  }
}
