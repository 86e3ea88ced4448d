package org.ppl4j.runner.output.idata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * Records of values on a {@code [chain][draw]} grid become variables: ArviZ's dimension
 * names, the grid's shape first, C order across chains then draws then elements, integer and
 * real elements joined to reals; what cannot be an array is named, not written.
 */
class ValueArraysTest {

  @Test
  void fieldsBecomeVariablesWithChainDrawAndElementDimensions() {
    // 2 chains x 2 draws of {mu: Real, k: Int[2] or Real[2], ok: Bool, s: String,
    // inner: {z: Int}}
    List<List<Value>> grid = List.of(
        List.of(draw(0.5, List.of(int64(1), int64(2)), true, 3),
            draw(1.5, List.of(int64(3), real(4.5)), false, 4)),
        List.of(draw(2.5, List.of(int64(5), int64(6)), true, 5),
            draw(3.5, List.of(int64(7), int64(8)), true, 6)));
    ValueArrays.Result r = ValueArrays.of(grid, InferenceData.CHAIN_DRAW);

    assertEquals(List.of("'s' (not a number, Bool or rectangular array of them)"), r.skipped());
    Map<String, DataArray> byName = new LinkedHashMap<>();
    r.arrays().forEach(a -> byName.put(a.name(), a));
    assertEquals(List.of("mu", "k", "ok", "inner.z"), List.copyOf(byName.keySet()));

    DataArray k = byName.get("k");
    assertEquals(List.of("chain", "draw", "k_dim_0"), k.dims());
    assertArrayEquals(new long[] {2, 2, 2}, k.shape());
    assertEquals(ZarrType.FLOAT64, k.type());
    assertArrayEquals(new double[] {1, 2, 3, 4.5, 5, 6, 7, 8}, doubles(k.data()));

    assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, doubles(byName.get("mu").data()));
    assertEquals(ZarrType.BOOL, byName.get("ok").type());
    assertArrayEquals(new byte[] {1, 0, 1, 1}, byName.get("ok").data());
    assertEquals(ZarrType.INT64, byName.get("inner.z").type());
    assertEquals(List.of("chain", "draw"), byName.get("inner.z").dims());
  }

  @Test
  void raggedOrVaryingArraysAreLeftOutWithTheirReason() {
    Value ragged = record("m", new ArrayValue(List.of(new ArrayValue(List.of(real(1))),
        new ArrayValue(List.of(real(1), real(2))))));
    Value shortOne = record("m", new ArrayValue(List.of(real(1))));
    Value longOne = record("m", new ArrayValue(List.of(real(1), real(2))));
    assertEquals(List.of("'m' (not a number, Bool or rectangular array of them)"),
        ValueArrays.of(List.of(List.of(ragged)), List.of()).skipped());
    assertEquals(List.of("'m' (its shape differs between draws)"),
        ValueArrays.of(List.of(List.of(shortOne, longOne)), InferenceData.CHAIN_DRAW)
            .skipped());
  }

  @Test
  void aMatrixWithoutLeadingDimensionsKeepsItsOwnShape() {
    Value m = record("y@3:1", new ArrayValue(List.of(
        new ArrayValue(List.of(real(1), real(2), real(3))),
        new ArrayValue(List.of(real(4), real(5), real(6))))));
    DataArray a = ValueArrays.of(List.of(List.of(m)), List.of()).arrays().get(0);
    assertEquals("y_3_1", a.name());
    assertEquals(List.of("y_3_1_dim_0", "y_3_1_dim_1"), a.dims());
    assertArrayEquals(new long[] {2, 3}, a.shape());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, doubles(a.data()));
  }

  private static Value draw(double mu, List<Value> k, boolean ok, long z) {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("mu", real(mu));
    fields.put("k", new ArrayValue(k));
    fields.put("ok", new BoolValue(ok));
    fields.put("s", new StringValue("text"));
    fields.put("inner", record("z", int64(z)));
    return new RecordValue(fields);
  }

  private static Value record(String name, Value value) {
    return new RecordValue(Map.of(name, value));
  }

  private static Value real(double x) {
    return new RealValue(x);
  }

  private static Value int64(long x) {
    return new IntValue(x);
  }

  private static double[] doubles(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    double[] out = new double[bytes.length / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getDouble();
    }
    return out;
  }
}
