package org.ppl4j.runner.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.value.Value;

/**
 * What a method returns: the draws of the program's result, one {@link Empirical} per chain
 * (a single one for methods without chains), the log evidence where the method estimates it,
 * and extra named diagnostics (e.g. {@code acceptance_rate}) that the JSON output adds as
 * top-level keys.
 *
 * @param chains at least one; R-hat is reported when there are two or more
 * @param logEvidence the log of the estimated normalising constant, if any
 * @param diagnostics extra numbers keyed by their JSON name (snake_case), in order
 */
public record InferenceOutcome(
    List<Empirical<Value>> chains, OptionalDouble logEvidence, Map<String, Double> diagnostics) {

  public InferenceOutcome {
    chains = List.copyOf(chains);
    if (chains.isEmpty()) {
      throw new IllegalArgumentException("an outcome needs at least one chain");
    }
    java.util.Objects.requireNonNull(logEvidence, "logEvidence");
    diagnostics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
  }

  /** One population or chain; its own log evidence estimate is the outcome's. */
  public static InferenceOutcome of(Empirical<Value> draws) {
    return new InferenceOutcome(List.of(draws), draws.logEvidence(), Map.of());
  }

  /** This outcome with one more diagnostic. */
  public InferenceOutcome withDiagnostic(String jsonName, double value) {
    Map<String, Double> more = new LinkedHashMap<>(diagnostics);
    more.put(jsonName, value);
    return new InferenceOutcome(chains, logEvidence, more);
  }
}
