package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * A PFN's training ranges (issue 24) survive its file (version 2), a network without them is
 * still written as version 1 (the golden bytes of {@link PfnFileGoldenTest}), and a dataset
 * outside them gets notes naming the network, the value and the range.
 */
class PfnRangesTest {

  private static final CpuBackend BACKEND = CpuBackend.withThreads(1);

  private static final PfnRanges RANGES = new PfnRanges(new double[] {-1, 0}, new double[] {1, 2},
      -3, 4, 32);

  @Test
  void rangesSurviveTheFile() throws IOException {
    Pfn tiny = PfnFileGoldenTest.tinyNet();
    Pfn withRanges = new Pfn(tiny.architecture(), tiny.borders(), tiny.target(), tiny.network(),
        BACKEND, Optional.of(RANGES));
    byte[] bytes = PfnFile.encode(withRanges);
    assertEquals(2, java.nio.ByteBuffer.wrap(bytes, 8, 4).getInt(), "format version");
    Pfn back = PfnFile.decode(bytes, "ranges.pfn", BACKEND);
    assertEquals(Optional.of(RANGES), back.ranges());
    assertEquals(1, java.nio.ByteBuffer.wrap(PfnFile.encode(tiny), 8, 4).getInt());
    assertTrue(PfnFile.decode(PfnFile.encode(tiny), "v1.pfn", BACKEND).ranges().isEmpty());
  }

  @Test
  void datasetsOutsideTheRangesGetNotes() {
    double[][] inside = {{0.5, 1}, {-1, 0}};
    assertEquals(List.of(), RANGES.notes(inside, new double[] {0, 4}, "n.pfn"));
    List<String> notes = RANGES.notes(new double[][] {{0.5, 1}, {0.2, 2.5}},
        new double[] {-3.5, 0}, "n.pfn");
    assertEquals(List.of("x[1] has the value 2.50000, outside the range [0.000, 2.000] seen in "
        + "training 'n.pfn': its posterior is extrapolated", "y[0] has the value -3.50000, "
        + "outside the range [-3.000, 4.000] seen in training 'n.pfn': its posterior is "
        + "extrapolated"), notes);
    double[][] many = new double[33][];
    java.util.Arrays.fill(many, new double[] {0, 1});
    assertTrue(RANGES.notes(many, new double[33], "n.pfn").get(0).startsWith("33 points, "
        + "'n.pfn' was trained on datasets of at most 32"));
  }
}
