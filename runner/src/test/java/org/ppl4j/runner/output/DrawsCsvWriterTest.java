package org.ppl4j.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrawsCsvWriterTest {

  @Test
  void weightedDrawsGetAWeightColumn() {
    DrawTable t = new DrawTable(List.of("mu", "theta[0]"),
        List.of(new double[] {0.5, 1}, new double[] {-1.25, Double.NEGATIVE_INFINITY}),
        new int[2], Optional.of(new double[] {0.25, 0.75}));
    StringWriter out = new StringWriter();
    DrawsCsvWriter.write(t, out);
    assertEquals("mu,theta[0],weight\n0.5,1.0,0.25\n-1.25,-inf,0.75\n", out.toString());
  }

  @Test
  void chainsGetAChainColumnAndOddNamesAreQuoted() {
    DrawTable t = new DrawTable(List.of("a,b"), List.of(new double[] {1}, new double[] {2}),
        new int[] {0, 1}, Optional.empty());
    StringWriter out = new StringWriter();
    DrawsCsvWriter.write(t, out);
    assertEquals("\"a,b\",chain\n1.0,0\n2.0,1\n", out.toString());
  }

  @Test
  void rowsMustMatchTheColumns() {
    assertThrows(IllegalArgumentException.class, () -> new DrawTable(List.of("a", "b"),
        List.<double[]>of(new double[] {1}), new int[1], Optional.empty()));
  }
}
