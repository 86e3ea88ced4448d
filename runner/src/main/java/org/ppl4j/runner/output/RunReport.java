package org.ppl4j.runner.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything {@code ppl run} prints about one run: the method and seed, the log evidence where
 * the method estimates one, a {@link LeafSummary} per named numeric leaf (in the order the
 * result gives them), the probabilities of each value of discrete leaves with at most 50
 * distinct values, the wall time, and extra named diagnostics (e.g. {@code acceptance_rate}).
 *
 * @param fileName the program's file name
 * @param method the method's {@code --method} name
 * @param seed the seed the run used
 * @param logEvidence log of the estimated normalising constant, if the method gives one
 * @param summary per leaf name ({@code p}, {@code theta[0]}, {@code point.x})
 * @param probabilities per discrete leaf: value (as written in the language) to probability
 * @param timeSeconds wall time of the inference, &gt;= 0
 * @param chains the number of chains (1 for methods without chains)
 * @param draws the number of draws over all chains
 * @param diagnostics extra numbers by JSON name
 */
public record RunReport(
    String fileName,
    String method,
    long seed,
    OptionalDouble logEvidence,
    Map<String, LeafSummary> summary,
    Map<String, Map<String, Double>> probabilities,
    double timeSeconds,
    int chains,
    int draws,
    Map<String, Double> diagnostics) {

  public RunReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(logEvidence, "logEvidence");
    summary = ordered(summary);
    Map<String, Map<String, Double>> probs = new LinkedHashMap<>();
    probabilities.forEach((k, v) -> probs.put(k, ordered(v)));
    probabilities = Collections.unmodifiableMap(probs);
    diagnostics = ordered(diagnostics);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
