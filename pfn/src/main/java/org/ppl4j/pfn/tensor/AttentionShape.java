package org.ppl4j.pfn.tensor;

/**
 * The shape of one batched multi-head attention call.
 *
 * <p>Queries are {@code batch * queryRows} rows of width {@code heads * headDim}; keys and values
 * are {@code batch * keyRows} rows of the same width, of which only the first {@code keyCount}
 * rows of each batch element are attended to (the PFN's context rows). With {@code keyCount == 0}
 * the attention output is zero.
 *
 * @param batch number of independent sequences, &gt; 0
 * @param queryRows query rows per sequence, &gt; 0
 * @param keyRows key/value rows stored per sequence, &gt; 0
 * @param keyCount key/value rows attended to per sequence, in [0, keyRows]
 * @param heads number of heads, &gt; 0
 * @param headDim width of one head, &gt; 0
 */
public record AttentionShape(
    int batch, int queryRows, int keyRows, int keyCount, int heads, int headDim) {

  /** Validates every field. */
  public AttentionShape {
    if (batch <= 0 || queryRows <= 0 || keyRows <= 0 || heads <= 0 || headDim <= 0) {
      throw new IllegalArgumentException(
          "attention sizes must be positive: batch " + batch + ", queryRows " + queryRows
              + ", keyRows " + keyRows + ", heads " + heads + ", headDim " + headDim);
    }
    if (keyCount < 0 || keyCount > keyRows) {
      throw new IllegalArgumentException(
          "keyCount " + keyCount + " must lie in [0, " + keyRows + "]");
    }
  }

  /** Model width {@code heads * headDim}. */
  public int width() {
    return heads * headDim;
  }

  /** Number of attention probabilities stored for the backward pass. */
  public int probabilityCount() {
    return batch * heads * queryRows * keyCount;
  }
}
