package org.ppl4j.pfn;

import java.util.stream.IntStream;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.semantics.random.Rng;

/**
 * The host-side arrays of one training step: {@code batch} sequences of {@code rows} rows whose
 * first {@code contextRows} rows are context, with bucket targets for the query rows.
 *
 * <p>For the label target every sequence is one prior draw of {@code rows} points and each query
 * row's target is its own y. For a latent target the sequence is a draw of {@code contextRows}
 * points plus one query row with x = 0 and the latent's value as the target.
 *
 * @param x {@code batch * rows * xDim} inputs
 * @param y {@code batch * rows} labels (0 at rows that are not context in latent mode)
 * @param targets bucket index of each query row's target
 * @param targetValues the value of each query row's target
 * @param batch number of sequences
 * @param rows rows per sequence
 * @param contextRows context rows per sequence
 */
public record TrainingBatch(float[] x, float[] y, float[] targets, double[] targetValues,
    int batch, int rows, int contextRows) {

  /** Number of query rows in the batch. */
  public int queryCount() {
    return batch * (rows - contextRows);
  }

  /** The mean over query rows of {@code -log density within the target's bucket}. */
  public double meanWithinBucketNll(BucketBorders borders) {
    double s = 0;
    for (double v : targetValues) {
      s -= borders.logDensityWithinBucket(v);
    }
    return s / targetValues.length;
  }

  /**
   * Draws a batch; each sequence uses its own generator split from {@code rng} in order, so the
   * result does not depend on the thread count.
   *
   * @param target {@code "y"} or the name of a latent the prior returns
   */
  public static TrainingBatch draw(DatasetPrior prior, BucketBorders borders, String target,
      int batch, int points, int contextRows, Rng rng) {
    boolean label = PfnTrainConfig.LABEL.equals(target);
    int rows = label ? points : contextRows + 1;
    int xDim = prior.xDim();
    Rng[] rngs = new Rng[batch];
    for (int b = 0; b < batch; b++) {
      rngs[b] = rng.split();
    }
    Dataset[] data = new Dataset[batch];
    IntStream.range(0, batch).parallel().forEach(b ->
        data[b] = prior.sample(label ? points : Math.max(1, contextRows), rngs[b]));
    int queries = rows - contextRows;
    float[] x = new float[batch * rows * xDim];
    float[] y = new float[batch * rows];
    float[] targets = new float[batch * queries];
    double[] values = new double[batch * queries];
    for (int b = 0; b < batch; b++) {
      Dataset d = data[b];
      int copied = label ? rows : contextRows;
      for (int r = 0; r < copied; r++) {
        for (int c = 0; c < xDim; c++) {
          x[(b * rows + r) * xDim + c] = (float) d.x()[r][c];
        }
        y[b * rows + r] = (float) d.y()[r];
      }
      for (int q = 0; q < queries; q++) {
        double v = label ? d.y()[contextRows + q] : latentOf(d, target);
        values[b * queries + q] = v;
        targets[b * queries + q] = borders.bucketOf(v);
      }
    }
    return new TrainingBatch(x, y, targets, values, batch, rows, contextRows);
  }

  static double latentOf(Dataset d, String target) {
    return d.latent(target).orElseThrow(() -> new IllegalArgumentException(
        "the prior returns no latent named '" + target + "' (it returns "
            + d.latents().keySet() + ")"));
  }
}
