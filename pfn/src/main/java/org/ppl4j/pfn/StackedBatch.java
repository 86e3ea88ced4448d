package org.ppl4j.pfn;

import java.util.List;
import org.ppl4j.pfn.nn.SequenceGroup;

/**
 * Several {@link TrainingBatch}es, each with its own context size, stacked into the host arrays
 * of one forward pass: inputs and labels row after row, query targets in the order
 * {@link org.ppl4j.pfn.PfnNetwork#logits} returns the query rows (batch by batch).
 *
 * @param x the stacked inputs
 * @param y the stacked labels
 * @param targets the stacked bucket targets of the query rows
 * @param groups one group per batch, in order
 */
record StackedBatch(float[] x, float[] y, float[] targets, List<SequenceGroup> groups) {

  /** Stacks {@code batches} (at least one) in order. */
  static StackedBatch of(List<TrainingBatch> batches) {
    if (batches.isEmpty()) {
      throw new IllegalArgumentException("no batches to stack");
    }
    int xs = 0;
    int ys = 0;
    int ts = 0;
    for (TrainingBatch b : batches) {
      xs += b.x().length;
      ys += b.y().length;
      ts += b.targets().length;
    }
    float[] x = new float[xs];
    float[] y = new float[ys];
    float[] targets = new float[ts];
    int xi = 0;
    int yi = 0;
    int ti = 0;
    SequenceGroup[] groups = new SequenceGroup[batches.size()];
    for (int i = 0; i < groups.length; i++) {
      TrainingBatch b = batches.get(i);
      System.arraycopy(b.x(), 0, x, xi, b.x().length);
      System.arraycopy(b.y(), 0, y, yi, b.y().length);
      System.arraycopy(b.targets(), 0, targets, ti, b.targets().length);
      xi += b.x().length;
      yi += b.y().length;
      ti += b.targets().length;
      groups[i] = new SequenceGroup(b.batch(), b.rows(), b.contextRows());
    }
    return new StackedBatch(x, y, targets, List.of(groups));
  }
}
