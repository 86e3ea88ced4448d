package org.ppl4j.runner.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.ppl4j.runner.plot.SvgCanvas;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;

/**
 * The summary of a posterior (LANGUAGE.md §8: mean, sd, 5%/50%/95% quantiles, ESS, R-hat per
 * leaf) as rows of formatted cells, written either as an HTML table or as aligned plain text.
 *
 * @param caption one line naming the method, the number of draws and the log evidence
 * @param header the column titles
 * @param rows one row of cells per leaf
 */
public record SummaryTable(String caption, List<String> header, List<List<String>> rows) {

  /** Copies the lists. */
  public SummaryTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The table of {@code posterior}'s summary. */
  public static SummaryTable of(Posterior<?> posterior) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Summary> e : posterior.summary().entrySet()) {
      Summary s = e.getValue();
      rows.add(List.of(e.getKey(), number(s.mean()), number(s.sd()), number(s.q05()),
          number(s.q50()), number(s.q95()), optional(s.ess()), optional(s.rhat())));
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
    return new SummaryTable(caption.toString(),
        List.of("", "mean", "sd", "q05", "q50", "q95", "ess", "rhat"), rows);
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
    return out.append("</tbody>\n</table>\n").toString();
  }

  /** The table as aligned plain text, the caption on the first line. */
  public String text() {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder(caption).append('\n');
    appendLine(out, header, widths);
    for (List<String> row : rows) {
      appendLine(out, row, widths);
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? cell + pad : "  " + pad + cell);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Four significant digits, as the command line's table writes them. */
  static String number(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    double abs = Math.abs(x);
    if (abs != 0 && (abs >= 1e6 || abs < 1e-3)) {
      return String.format(Locale.ROOT, "%.3e", x);
    }
    return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString();
  }

  private static String optional(OptionalDouble x) {
    return x.isPresent() ? number(x.getAsDouble()) : "-";
  }
}
