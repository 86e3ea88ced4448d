package org.ppl4j.runner.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ppl4j.semantics.posterior.Summary;

/**
 * Writes a {@link RunReport} as a text table in the manner of CmdStan's {@code stansummary}:
 * a header (program, method, seed, the line {@code method: auto -> M (why)} when
 * {@code --method auto} chose the method, draws, log evidence, time, extra diagnostics), one row per
 * leaf with Mean, MCSE (the Monte Carlo standard error of the mean), SD, 5%, 50%, 95%, ESS
 * (bulk), Tail ESS (and R-hat when several chains ran), then the probabilities of the values of
 * discrete leaves, then the run's warnings, one {@code warning: ...} line each.
 */
public final class TableReportWriter {
  private static final int DIGITS = 4;

  private TableReportWriter() {}

  /** The table, ending in a newline. */
  public static String write(RunReport report) {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append("Inference for ").append(report.fileName())
        .append(": method = ").append(report.method())
        .append(", seed = ").append(report.seed()).append(nl);
    report.methodReason().ifPresent(reason -> out.append("method: auto -> ")
        .append(report.method()).append(" (").append(reason).append(')').append(nl));
    report.density()
        .filter(path -> !path.startsWith("compiled") && !RunReport.isPopulationPath(path))
        .ifPresent(path -> out.append("density: ").append(path).append(nl));
    out.append(report.exact()
        ? "exact posterior over " + count(report.draws(), "distinct result")
        : report.chains() == 1
            ? count(report.draws(), "draw")
            : report.chains() + " chains, " + count(report.draws(), "draw") + " in all");
    out.append(", log evidence = ").append(report.logEvidence().isPresent()
        ? NumberText.significant(report.logEvidence().getAsDouble(), 6) : "n/a");
    out.append(String.format(Locale.ROOT, ", time = %.2f s", report.timeSeconds()));
    report.diagnostics().forEach((name, value) ->
        out.append(", ").append(label(name)).append(" = ")
            .append(NumberText.significant(value, DIGITS)));
    out.append(nl).append(nl);

    boolean withRhat = report.chains() > 1;
    List<List<String>> rows = new ArrayList<>();
    rows.add(withRhat
        ? List.of("", "Mean", "MCSE", "SD", "5%", "50%", "95%", "ESS", "Tail ESS", "R-hat")
        : List.of("", "Mean", "MCSE", "SD", "5%", "50%", "95%", "ESS", "Tail ESS"));
    for (Map.Entry<String, Summary> e : report.summary().entrySet()) {
      Summary s = e.getValue();
      List<String> row = new ArrayList<>(List.of(e.getKey(),
          NumberText.significant(s.mean(), DIGITS),
          s.mcse().isPresent() ? NumberText.significant(s.mcse().getAsDouble(), 2) : "n/a",
          NumberText.significant(s.sd(), DIGITS),
          NumberText.significant(s.q05(), DIGITS), NumberText.significant(s.q50(), DIGITS),
          NumberText.significant(s.q95(), DIGITS), whole(s.ess()), whole(s.tailEss())));
      if (withRhat) {
        row.add(s.rhat().isPresent()
            ? String.format(Locale.ROOT, "%.3f", s.rhat().getAsDouble()) : "n/a");
      }
      rows.add(row);
    }
    AlignedColumns.append(out, rows, nl);

    if (!report.probabilities().isEmpty()) {
      out.append(nl).append("Probabilities:").append(nl);
      List<List<String>> probRows = new ArrayList<>();
      report.probabilities().forEach((leaf, table) -> table.forEach((value, p) ->
          probRows.add(List.of("  " + leaf, value, String.format(Locale.ROOT, "%.4f", p)))));
      AlignedColumns.append(out, probRows, nl);
    }
    if (!report.warnings().isEmpty()) {
      out.append(nl);
      report.warnings().forEach(w -> out.append("warning: ").append(w).append(nl));
    }
    return out.toString();
  }

  private static String whole(java.util.OptionalDouble x) {
    return x.isPresent() ? String.format(Locale.ROOT, "%.0f", x.getAsDouble()) : "n/a";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The table's words for a diagnostic's JSON name. */
  private static String label(String jsonName) {
    return jsonName.equals("ess_min") ? "lowest step ESS" : jsonName.replace('_', ' ');
  }
}
