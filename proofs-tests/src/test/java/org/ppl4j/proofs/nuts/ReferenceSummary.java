package org.ppl4j.proofs.nuts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A posteriordb reference summary (test resource {@code posteriordb/NAME.reference.json}):
 * per parameter the reference mean, sd and posteriordb's Monte Carlo standard error of the
 * mean, keyed by the {@code .ppl} leaf name (Stan's 1-based {@code theta[1]} becomes
 * {@code theta[0]}).
 */
record ReferenceSummary(String posterior, Map<String, Entry> parameters) {

  /** One parameter's reference mean, sd and mean's standard error. */
  record Entry(String stanName, double mean, double sd, double mcseMean) {}

  private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

  static ReferenceSummary load(String posterior) {
    String resource = "posteriordb/" + posterior + ".reference.json";
    try (InputStream in = ReferenceSummary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      JsonNode params = new ObjectMapper().readTree(in).get("params");
      Map<String, Entry> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode p = e.getValue();
        out.put(pplName(e.getKey()), new Entry(e.getKey(), p.get("mean").asDouble(),
            p.get("sd").asDouble(), p.get("pdb_mcse_mean").asDouble()));
      }
      return new ReferenceSummary(posterior, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stan's {@code beta[1]} as the {@code .ppl} leaf {@code beta[0]}; plain names unchanged. */
  static String pplName(String stanName) {
    Matcher m = INDEXED.matcher(stanName);
    return m.matches() ? m.group(1) + "[" + (Integer.parseInt(m.group(2)) - 1) + "]" : stanName;
  }
}
