package org.ppl4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table {@code ppl spark run} prints: one line per group and summary leaf (mean, sd, 5% and
 * 95% quantiles, ESS, R-hat, log evidence), and one line with the error of a group that failed.
 */
final class GroupTable {
  private GroupTable() {}

  /** Writes the table of {@code lines}, the JSON Lines of {@link ManyPosteriors#jsonLines}. */
  static void write(List<String> lines, PrintWriter out) {
    out.printf(Locale.ROOT, "%-16s %-12s %12s %12s %12s %12s %9s %7s %12s%n", "group", "leaf",
        "mean", "sd", "q05", "q95", "ess", "rhat", "log_evidence");
    for (String line : lines) {
      JsonNode group = GroupFitter.parse(line);
      String key = group.get("group").asText();
      if (!group.get("error").isNull()) {
        out.printf(Locale.ROOT, "%-16s error: %s%n", key, group.get("error").asText());
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = group.get("summary").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> leaf = it.next();
        JsonNode s = leaf.getValue();
        out.printf(Locale.ROOT, "%-16s %-12s %12s %12s %12s %12s %9s %7s %12s%n", key,
            leaf.getKey(), num(s.get("mean")), num(s.get("sd")), num(s.get("q05")),
            num(s.get("q95")), num(s.get("ess"), "%.0f"), num(s.get("rhat"), "%.3f"),
            num(group.get("log_evidence")));
      }
      for (JsonNode warning : group.get("warnings")) {
        out.printf(Locale.ROOT, "%-16s warning: %s%n", key, warning.asText());
      }
    }
  }

  private static String num(JsonNode n) {
    return num(n, "%.4g");
  }

  private static String num(JsonNode n, String format) {
    return n == null || n.isNull() ? "-" : String.format(Locale.ROOT, format, n.asDouble());
  }
}
