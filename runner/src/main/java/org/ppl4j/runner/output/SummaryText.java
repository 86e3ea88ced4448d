package org.ppl4j.runner.output;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;

/**
 * A plain-text table of a posterior's summary: one line per leaf with mean, sd, the 5%, 50% and
 * 95% quantiles, ESS and R-hat ({@code -} where absent), after a header line with the method,
 * the number of draws and the log evidence, and followed by the probabilities of discrete
 * leaves. The plain form a Java program prints (the Java DSL's examples); {@code ppl run}
 * prints {@link TableReportWriter}'s, a notebook {@link org.ppl4j.runner.display.SummaryTable}.
 */
public final class SummaryText {
  private SummaryText() {}

  /** The table of {@code posterior}, its leaves named with its {@link Posterior#resultName()}. */
  public static String format(Posterior<?> posterior) {
    StringBuilder out = new StringBuilder();
    out.append("method ").append(posterior.method())
        .append("  draws ").append(posterior.draws().size())
        .append("  log evidence ").append(number(posterior.logEvidence(), "%.4f"))
        .append('\n');
    Map<String, Summary> summary = posterior.summary();
    int width = Math.max(4, summary.keySet().stream().mapToInt(String::length).max().orElse(4));
    String row = "%-" + width + "s %10s %10s %10s %10s %10s %9s %7s%n";
    out.append(String.format(Locale.ROOT, row, "leaf", "mean", "sd", "q05", "q50", "q95", "ess", "rhat"));
    summary.forEach((leaf, s) -> out.append(String.format(Locale.ROOT, row, leaf,
        fixed(s.mean()), fixed(s.sd()), fixed(s.q05()), fixed(s.q50()), fixed(s.q95()),
        number(s.ess(), "%.0f"), number(s.rhat(), "%.3f"))));
    summary.forEach((leaf, s) -> s.probabilities().ifPresent(p -> {
      out.append(leaf).append(':');
      p.forEach((value, probability) -> out.append(' ').append(value).append('=')
          .append(String.format(Locale.ROOT, "%.4f", probability)));
      out.append('\n');
    }));
    return out.toString();
  }

  private static String fixed(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  private static String number(OptionalDouble x, String format) {
    return x.isPresent() ? String.format(Locale.ROOT, format, x.getAsDouble()) : "-";
  }
}
