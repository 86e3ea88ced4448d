package org.ppl4j.runner.predict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * Names of observed elements: a statement's label ({@code y}), made unique with
 * {@code @LINE:COLUMN} when two statements share it, and indexed {@code y[k]} (k counting
 * the statement's elements in order from 0) when the statement gives more than one element.
 */
final class ElementNames {
  private ElementNames() {}

  /** The names of {@code elements}, in order. */
  static List<String> of(List<ObservedElement> elements) {
    return names(elements, false);
  }

  /** The names of the statements of {@code elements} (unique labels), in order. */
  static List<String> sites(List<ObservedElement> elements) {
    return names(elements, true);
  }

  private static List<String> names(List<ObservedElement> elements, boolean sitesOnly) {
    Map<SourceSpan, String> labels = new LinkedHashMap<>();
    Map<SourceSpan, Integer> counts = new HashMap<>();
    for (ObservedElement e : elements) {
      labels.putIfAbsent(e.site().at().span(), e.site().label());
      counts.merge(e.site().at().span(), 1, Integer::sum);
    }
    Set<String> shared = labels.values().stream()
        .collect(Collectors.groupingBy(l -> l, Collectors.counting()))
        .entrySet().stream().filter(x -> x.getValue() > 1).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    Map<SourceSpan, Integer> next = new HashMap<>();
    List<String> out = new ArrayList<>(elements.size());
    for (ObservedElement e : elements) {
      SourceSpan at = e.site().at().span();
      String label = labels.get(at);
      if (shared.contains(label)) {
        label = label + "@" + at.line() + ":" + at.column();
      }
      int k = next.merge(at, 1, Integer::sum) - 1;
      out.add(sitesOnly || counts.get(at) == 1 ? label : label + "[" + k + "]");
    }
    return out;
  }
}
