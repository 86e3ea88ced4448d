package org.ppl4j.runner.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ppl4j.inference.diagnostics.RunWarnings;
import org.ppl4j.inference.diagnostics.Warning;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;

/**
 * Everything {@code ppl run} prints about one run: the method and seed, the log evidence where
 * the method estimates one, the {@link Summary} of each named numeric leaf (in the order the
 * result gives them; discrete leaves carry their probabilities), the wall time, and extra
 * named diagnostics (e.g. {@code acceptance_rate}), and the run's warnings
 * ({@link RunWarnings}), each saying what to do.
 *
 * @param fileName the program's file name
 * @param method the method's {@code --method} name
 * @param seed the seed the run used
 * @param logEvidence log of the estimated normalising constant, if the method gives one
 * @param summary per leaf name ({@code p}, {@code theta[0]}, {@code point.x})
 * @param timeSeconds wall time of the inference, &gt;= 0
 * @param chains the number of chains (1 for methods without chains)
 * @param draws the number of draws over all chains (for an exact result: distinct results)
 * @param exact whether the result is the exact posterior (enumeration)
 * @param diagnostics extra numbers by JSON name
 * @param warnings the run's warnings, one message each
 * @param methodReason why {@code --method auto} chose {@code method}, in one line; empty when
 *     the user named the method
 * @param density how a gradient-based method evaluated the log density ({@code compiled (...)}
 *     or {@code interpreted: why}); empty for other methods
 */
public record RunReport(
    String fileName,
    String method,
    long seed,
    OptionalDouble logEvidence,
    Map<String, Summary> summary,
    double timeSeconds,
    int chains,
    int draws,
    boolean exact,
    Map<String, Double> diagnostics,
    List<String> warnings,
    java.util.Optional<String> methodReason,
    java.util.Optional<String> density) {

  /** Requires the names and the evidence, and copies the maps and the list (keeping order). */
  public RunReport {
    Objects.requireNonNull(methodReason, "methodReason");
    Objects.requireNonNull(density, "density");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(logEvidence, "logEvidence");
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    warnings = List.copyOf(warnings);
  }

  /** A report of a method the user named. */
  public RunReport(String fileName, String method, long seed, OptionalDouble logEvidence,
      Map<String, Summary> summary, double timeSeconds, int chains, int draws, boolean exact,
      Map<String, Double> diagnostics, List<String> warnings) {
    this(fileName, method, seed, logEvidence, summary, timeSeconds, chains, draws, exact,
        diagnostics, warnings, java.util.Optional.empty(), java.util.Optional.empty());
  }

  /** This report, saying that {@code --method auto} chose its method for {@code reason}. */
  public RunReport withMethodReason(String reason) {
    return new RunReport(fileName, method, seed, logEvidence, summary, timeSeconds, chains,
        draws, exact, diagnostics, warnings, java.util.Optional.of(reason), density);
  }

  /** This report, saying how the log density was evaluated ({@code path}). */
  public RunReport withDensity(String path) {
    return new RunReport(fileName, method, seed, logEvidence, summary, timeSeconds, chains,
        draws, exact, diagnostics, warnings, methodReason, java.util.Optional.of(path));
  }

  /** A report without warnings. */
  public RunReport(String fileName, String method, long seed, OptionalDouble logEvidence,
      Map<String, Summary> summary, double timeSeconds, int chains, int draws, boolean exact,
      Map<String, Double> diagnostics) {
    this(fileName, method, seed, logEvidence, summary, timeSeconds, chains, draws, exact,
        diagnostics, List.of());
  }

  /**
   * The report of {@code posterior}, its non-record result named {@code resultName}.
   *
   * @param method the name the user selected (the posterior may name its algorithm otherwise)
   */
  public static RunReport of(String fileName, String method, long seed,
      Posterior<?> posterior, String resultName, double timeSeconds) {
    Map<String, Double> extra = new LinkedHashMap<>();
    Diagnostics d = posterior.diagnostics();
    d.acceptanceRate().ifPresent(rate -> extra.put("acceptance_rate", rate));
    d.divergences().ifPresent(count -> extra.put("divergences", (double) count));
    d.paretoK().ifPresent(k -> extra.put("pareto_k", k));
    if (!d.essHistory().isEmpty()) {
      extra.put("ess_min", d.essHistory().stream().mapToDouble(Double::doubleValue).min()
          .orElseThrow());
    }
    Map<String, Summary> summary = posterior.summary(resultName);
    List<String> warnings = RunWarnings.of(posterior, summary).stream()
        .map(Warning::message).toList();
    RunReport report = new RunReport(fileName, method, seed, posterior.logEvidence(), summary,
        timeSeconds, Math.max(1, posterior.chains().size()), posterior.draws().size(), d.exact(),
        extra, warnings);
    return d.density().map(report::withDensity).orElse(report);
  }

  /**
   * Whether {@code path} says how a particle method ran its population (batched or per
   * particle) rather than how a gradient method evaluated its density: the JSON gives it as
   * {@code population} with {@code --diagnostics} only, where the density path is always given.
   */
  public static boolean isPopulationPath(String path) {
    return path.startsWith("compiled (batched") || path.startsWith("per particle");
  }

  /** The leaves that carry probabilities (discrete, at most 50 distinct values). */
  public Map<String, Map<String, Double>> probabilities() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    summary.forEach((leaf, s) -> s.probabilities().ifPresent(p -> out.put(leaf, p)));
    return Collections.unmodifiableMap(out);
  }
}
