package org.ppl4j.runner.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.runner.predict.PredictiveSummary;
import org.ppl4j.semantics.posterior.Summary;

/**
 * The text sections of {@code --predict} and {@code --loo}, printed after a run's table: the
 * posterior predictive per observed element (observed value, replicated mean, SD, 5%, 50%,
 * 95%, {@code Pr(y_rep >= y)}, lpd), and PSIS-LOO with WAIC as R's {@code loo} prints them
 * (estimate and SE of elpd, p and the information criterion; the Pareto k counts; warnings).
 */
public final class PredictiveTableWriter {
  private static final int DIGITS = 4;

  private PredictiveTableWriter() {}

  /** The posterior predictive section, starting with an empty line. */
  public static String predictive(PredictiveSummary summary) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder(nl)
        .append("Posterior predictive (replicated values of each observed element):").append(nl);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", "Observed", "Mean", "SD", "5%", "50%", "95%", "P(rep>=obs)", "lpd"));
    for (PredictiveSummary.Row row : summary.rows()) {
      Summary s = row.replicated();
      rows.add(List.of("  " + row.name(), number(row.observed()), number(s.mean()),
          number(s.sd()), number(s.q05()), number(s.q50()), number(s.q95()),
          String.format(Locale.ROOT, "%.3f", row.pValue()), number(row.lpd())));
    }
    AlignedColumns.append(out, rows, nl);
    return out.toString();
  }

  /** The PSIS-LOO and WAIC section, starting with an empty line. */
  public static String loo(LooReport loo) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder(nl).append("PSIS-LOO and WAIC (").append(loo.draws())
        .append(" draws, ").append(loo.names().size()).append(" observed element")
        .append(loo.names().size() == 1 ? "" : "s").append(", r_eff = 1):").append(nl);
    var l = loo.loo().elpd();
    var w = loo.waic();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", "Estimate", "SE"));
    rows.add(row("elpd_loo", l.estimate(), l.se()));
    rows.add(row("p_loo", l.penalty(), l.penaltySe()));
    rows.add(row("looic", l.informationCriterion(), 2 * l.se()));
    rows.add(row("elpd_waic", w.estimate(), w.se()));
    rows.add(row("p_waic", w.penalty(), w.penaltySe()));
    rows.add(row("waic", w.informationCriterion(), 2 * w.se()));
    AlignedColumns.append(out, rows, nl);
    out.append("Pareto k: ").append(loo.countK(Double.NEGATIVE_INFINITY, 0.5))
        .append(" good (k <= 0.5), ").append(loo.countK(0.5, 0.7)).append(" ok (0.5 < k <= 0.7), ")
        .append(loo.names().size() - loo.countK(Double.NEGATIVE_INFINITY, 0.7))
        .append(" bad (k > 0.7)").append(nl);
    loo.warnings().forEach(m -> out.append("warning: ").append(m).append(nl));
    return out.toString();
  }

  private static List<String> row(String name, double estimate, double se) {
    return List.of("  " + name, String.format(Locale.ROOT, "%.2f", estimate),
        String.format(Locale.ROOT, "%.2f", se));
  }

  private static String number(double x) {
    return NumberText.significant(x, DIGITS);
  }
}
