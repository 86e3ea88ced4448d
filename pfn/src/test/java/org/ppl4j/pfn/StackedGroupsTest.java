package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.nn.SequenceGroup;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/**
 * Stacking groups of sequences with different context sizes into one forward pass must not
 * change any logit: each group's rows see only their own sequences, so the stacked logits equal
 * those of running each group alone. Both runs do the same float operations per row except the
 * order of sums inside larger matrix products, hence the 1e-5 bound.
 */
class StackedGroupsTest {

  private final Backend be = CpuBackend.withThreads(2);

  @Test
  void stackedLogitsEqualPerGroupLogits() {
    Rng rng = Rng.seeded(20261127);
    PfnNetwork net = new PfnNetwork(new PfnArchitecture(1, 8, 2, 2, 16, 12, 10), be, rng);
    List<SequenceGroup> groups = List.of(new SequenceGroup(3, 9, 0), new SequenceGroup(2, 9, 4),
        new SequenceGroup(1, 9, 8), new SequenceGroup(2, 5, 2));
    int total = groups.stream().mapToInt(SequenceGroup::totalRows).sum();
    float[] x = random(total, rng);
    float[] y = random(total, rng);
    float[] stacked;
    try (Tape tape = Tape.inference(be)) {
      stacked = net.logits(tape, Tensor.of(be, total, 1, x, false),
          Tensor.of(be, total, 1, y, false), groups).toArray();
    }
    int rowAt = 0;
    int logitAt = 0;
    for (SequenceGroup g : groups) {
      float[] gx = new float[g.totalRows()];
      float[] gy = new float[g.totalRows()];
      System.arraycopy(x, rowAt, gx, 0, gx.length);
      System.arraycopy(y, rowAt, gy, 0, gy.length);
      float[] alone;
      try (Tape tape = Tape.inference(be)) {
        alone = net.logits(tape, Tensor.of(be, gx.length, 1, gx, false),
            Tensor.of(be, gy.length, 1, gy, false), g.sequences(), g.contextRows()).toArray();
      }
      for (int i = 0; i < alone.length; i++) {
        assertEquals(alone[i], stacked[logitAt + i], 1e-5,
            "logit " + i + " of group " + g);
      }
      rowAt += gx.length;
      logitAt += alone.length;
    }
    assertEquals(stacked.length, logitAt, "stacked logits cover exactly the groups' queries");
  }

  private static float[] random(int n, Rng rng) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }
}
