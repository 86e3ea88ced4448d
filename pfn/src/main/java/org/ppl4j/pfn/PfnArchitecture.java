package org.ppl4j.pfn;

/**
 * The hyper-parameters of a PFN Transformer (stored in the {@code .pfn} header).
 *
 * @param xDim number of input features per point, &gt; 0
 * @param width model width d, &gt; 0, divisible by {@code heads}
 * @param heads attention heads, &gt; 0
 * @param layers encoder layers, &gt; 0
 * @param hiddenWidth feed-forward hidden width of each encoder layer, &gt; 0
 * @param decoderWidth hidden width of the decoder to bucket logits, &gt; 0
 * @param buckets number of buckets K of the output bar distribution, &gt;= 2
 */
public record PfnArchitecture(int xDim, int width, int heads, int layers, int hiddenWidth,
    int decoderWidth, int buckets) {

  /** Validates every field, naming the bad one. */
  public PfnArchitecture {
    positive("xDim", xDim);
    positive("width", width);
    positive("heads", heads);
    positive("layers", layers);
    positive("hiddenWidth", hiddenWidth);
    positive("decoderWidth", decoderWidth);
    if (width % heads != 0) {
      throw new IllegalArgumentException(
          "width " + width + " must be divisible by heads " + heads);
    }
    if (buckets < 2) {
      throw new IllegalArgumentException("buckets must be >= 2, got " + buckets);
    }
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }

  /**
   * The architecture chosen for two CPU cores: width 64, 4 heads, 4 layers, feed-forward 128,
   * decoder 128, 100 buckets.
   */
  public static PfnArchitecture defaults(int xDim) {
    return new PfnArchitecture(xDim, 64, 4, 4, 128, 128, 100);
  }

  /** A copy with another bucket count (the borders may merge duplicates). */
  public PfnArchitecture withBuckets(int k) {
    return new PfnArchitecture(xDim, width, heads, layers, hiddenWidth, decoderWidth, k);
  }
}
