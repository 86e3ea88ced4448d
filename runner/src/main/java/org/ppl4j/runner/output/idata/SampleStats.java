package org.ppl4j.runner.output.idata;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code sample_stats} group: a sampler's per-draw statistics
 * ({@link org.ppl4j.semantics.posterior.Diagnostics#drawStats()}), each a variable of
 * dimensions {@code chain, draw} under ArviZ's name, typed as ArviZ types them: {@code
 * tree_depth} and {@code n_steps} integers, {@code diverging} booleans, the others reals.
 */
final class SampleStats {
  private static final Set<String> INTEGERS = Set.of("tree_depth", "n_steps");
  private static final Set<String> BOOLEANS = Set.of("diverging");

  private SampleStats() {}

  /** The group of {@code stats}, each indexed {@code [chain][draw]}. */
  static Dataset of(Map<String, double[][]> stats, Map<String, Object> attrs) {
    List<DataArray> arrays = new ArrayList<>();
    int chains = 0;
    int draws = 0;
    for (Map.Entry<String, double[][]> e : stats.entrySet()) {
      double[][] values = e.getValue();
      chains = values.length;
      draws = values.length == 0 ? 0 : values[0].length;
      ZarrType type = INTEGERS.contains(e.getKey()) ? ZarrType.INT64
          : BOOLEANS.contains(e.getKey()) ? ZarrType.BOOL : ZarrType.FLOAT64;
      ByteBuffer bytes = DataArray.buffer((long) chains * draws * type.size());
      for (double[] chain : values) {
        if (chain.length != draws) {
          throw new IllegalArgumentException(e.getKey() + ": chains differ in length");
        }
        for (double x : chain) {
          if (type == ZarrType.INT64) {
            bytes.putLong((long) x);
          } else if (type == ZarrType.BOOL) {
            bytes.put((byte) (x != 0 ? 1 : 0));
          } else {
            bytes.putDouble(x);
          }
        }
      }
      arrays.add(new DataArray(ValueArrays.safeName(e.getKey()), InferenceData.CHAIN_DRAW,
          new long[] {chains, draws}, type, bytes.array()));
    }
    Map<String, Integer> leading = new LinkedHashMap<>();
    leading.put("chain", chains);
    leading.put("draw", draws);
    return new Dataset("sample_stats", leading, arrays, attrs);
  }
}
