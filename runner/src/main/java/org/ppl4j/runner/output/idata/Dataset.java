package org.ppl4j.runner.output.idata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One group of an InferenceData ({@code posterior}, {@code sample_stats}, ...): its data
 * variables, the integer coordinate of every dimension they use (ArviZ's default when no
 * coordinate is named: {@code chain}, {@code draw}, {@code x_dim_0} each {@code 0..n-1}), and
 * its attributes.
 *
 * @param name the group's name
 * @param leading the dimensions every variable of a sampled group starts with, and their
 *     lengths ({@code chain}, {@code draw}); empty for {@code observed_data}
 * @param variables the data variables, in order
 * @param attrs the group's attributes (strings and numbers)
 */
public record Dataset(String name, Map<String, Integer> leading, List<DataArray> variables,
    Map<String, Object> attrs) {

  /** Copies the parts; requires every dimension to have one length throughout the group. */
  public Dataset {
    Objects.requireNonNull(name, "name");
    leading = Collections.unmodifiableMap(new LinkedHashMap<>(leading));
    variables = List.copyOf(variables);
    attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    Map<String, Long> lengths = new LinkedHashMap<>();
    leading.forEach((dim, n) -> lengths.put(dim, (long) n));
    for (DataArray v : variables) {
      for (int k = 0; k < v.dims().size(); k++) {
        Long before = lengths.putIfAbsent(v.dims().get(k), v.shape()[k]);
        if (before != null && before != v.shape()[k]) {
          throw new IllegalArgumentException(name + ": dimension '" + v.dims().get(k)
              + "' has lengths " + before + " and " + v.shape()[k]);
        }
      }
    }
  }

  /**
   * The coordinates, then the variables: the arrays the group's Zarr store holds. Each
   * dimension gets its {@link DataArray#coordinate}; {@code leading} dimensions (chain, draw)
   * come first even when no variable uses them (an empty posterior keeps its draws' count).
   */
  public List<DataArray> arrays() {
    Map<String, Integer> lengths = new LinkedHashMap<>(leading);
    Set<String> seen = new LinkedHashSet<>(leading.keySet());
    for (DataArray v : variables) {
      for (int k = 0; k < v.dims().size(); k++) {
        if (seen.add(v.dims().get(k))) {
          lengths.put(v.dims().get(k), (int) v.shape()[k]);
        }
      }
    }
    List<DataArray> out = new ArrayList<>();
    lengths.forEach((dim, n) -> out.add(DataArray.coordinate(dim, n)));
    out.addAll(variables);
    return out;
  }
}
