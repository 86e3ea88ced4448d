package org.ppl4j.runner.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ppl4j.inference.diagnostics.RunWarnings;
import org.ppl4j.inference.diagnostics.Warning;
import org.ppl4j.runner.output.AlignedColumns;
import org.ppl4j.runner.output.NumberText;
import org.ppl4j.runner.plot.SvgCanvas;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;

/**
 * The summary of a posterior (LANGUAGE.md §8: mean, sd, 5%/50%/95% quantiles, ESS, R-hat per
 * leaf, then the MCSE of the mean and the tail ESS) as rows of formatted cells, and the run's
 * warnings ({@link RunWarnings}), written either as an HTML table or as aligned plain text.
 *
 * @param caption one line naming the method, the number of draws and the log evidence
 * @param header the column titles
 * @param rows one row of cells per leaf
 * @param warnings the run's warnings, each saying what to do
 */
public record SummaryTable(String caption, List<String> header, List<List<String>> rows,
    List<String> warnings) {

  /** Copies the lists. */
  public SummaryTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    warnings = List.copyOf(warnings);
  }

  /** The table of {@code posterior}'s summary. */
  public static SummaryTable of(Posterior<?> posterior) {
    List<List<String>> rows = new ArrayList<>();
    Map<String, Summary> summary = posterior.summary();
    for (Map.Entry<String, Summary> e : summary.entrySet()) {
      Summary s = e.getValue();
      rows.add(List.of(e.getKey(), number(s.mean()), number(s.sd()), number(s.q05()),
          number(s.q50()), number(s.q95()), optional(s.ess()), optional(s.rhat()),
          optional(s.mcse()), optional(s.tailEss())));
    }
    StringBuilder caption = new StringBuilder("posterior by ").append(posterior.method());
    if (posterior.diagnostics().exact()) {
      caption.append(" (exact), ").append(posterior.draws().size()).append(" distinct results");
    } else {
      caption.append(", ").append(posterior.draws().size()).append(" draws");
    }
    if (!posterior.chains().isEmpty()) {
      caption.append(" in ").append(posterior.chains().size()).append(" chains");
    }
    posterior.logEvidence().ifPresent(z -> caption.append(", log evidence ").append(number(z)));
    posterior.diagnostics().acceptanceRate()
        .ifPresent(a -> caption.append(", acceptance rate ").append(number(a)));
    List<String> warnings = RunWarnings.of(posterior, summary).stream()
        .map(Warning::message).toList();
    return new SummaryTable(caption.toString(), List.of("", "mean", "sd", "q05", "q50", "q95",
        "ess", "rhat", "mcse", "ess_tail"), rows, warnings);
  }

  /** An HTML {@code <table>} with the caption, numbers right-aligned. */
  public String html() {
    StringBuilder out = new StringBuilder("<table class=\"ppl4j-summary\">\n<caption>")
        .append(SvgCanvas.escape(caption)).append("</caption>\n<thead><tr>");
    for (String h : header) {
      out.append("<th>").append(SvgCanvas.escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String tag = i == 0 ? "th" : "td";
        out.append('<').append(tag).append(i == 0 ? "" : " style=\"text-align:right\"").append('>')
            .append(SvgCanvas.escape(row.get(i))).append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    for (String w : warnings) {
      out.append("<p class=\"ppl4j-warning\">warning: ").append(SvgCanvas.escape(w))
          .append("</p>\n");
    }
    return out.toString();
  }

  /** The table as aligned plain text, the caption on the first line. */
  public String text() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    StringBuilder out = new StringBuilder(caption).append('\n');
    AlignedColumns.append(out, lines, "\n");
    warnings.forEach(w -> out.append("warning: ").append(w).append('\n'));
    return out.toString();
  }

  /** Four significant digits, as the command line's table writes them. */
  static String number(double x) {
    return NumberText.significant(x, 4);
  }

  private static String optional(OptionalDouble x) {
    return x.isPresent() ? number(x.getAsDouble()) : "-";
  }
}
