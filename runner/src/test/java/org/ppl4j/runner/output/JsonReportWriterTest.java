package org.ppl4j.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.posterior.Leaf;
import org.ppl4j.semantics.posterior.Summary;

/** Parses the JSON output back and checks every key of the LANGUAGE.md §8 schema. */
class JsonReportWriterTest {
  private static final JsonMapper JSON = new JsonMapper();

  static RunReport report(OptionalDouble logEvidence, int chains) {
    Map<String, Double> rain = new LinkedHashMap<>();
    rain.put("0", 0.75);
    rain.put("1", 0.25);
    Map<String, Summary> summary = new LinkedHashMap<>();
    summary.put("p", new Summary(Leaf.Kind.REAL, 0.42, 0.05, 0.34, 0.42, 0.5,
        OptionalDouble.of(8120.4), chains > 1 ? OptionalDouble.of(1.002) : OptionalDouble.empty(),
        Optional.empty(), OptionalDouble.of(6950.2), OptionalDouble.of(0.05 / Math.sqrt(8120.4))));
    summary.put("rain", new Summary(Leaf.Kind.BOOL, 0.25, 0.433, 0, 0, 1, OptionalDouble.empty(),
        OptionalDouble.empty(), Optional.of(rain)));
    return new RunReport("coin.ppl", "smc", 1, logEvidence, summary, 0.31, chains, 4000, false,
        Map.of("acceptance_rate", 0.5));
  }

  @Test
  void byDefaultTheTopLevelKeysAreExactlyThoseOfTheContract() throws Exception {
    JsonNode root = JSON.readTree(JsonReportWriter.write(report(OptionalDouble.of(-70.12), 4)));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("method", "seed", "log_evidence", "summary", "probabilities", "time_s",
        "warnings"),
        keys);
  }

  @Test
  void everyKeyOfTheSchemaParsesBack() throws Exception {
    JsonNode root = JSON.readTree(
        JsonReportWriter.write(report(OptionalDouble.of(-70.12), 1), true));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("method", "seed", "log_evidence", "summary", "probabilities", "time_s",
        "warnings", "chains", "draws", "exact", "acceptance_rate"), keys);
    assertEquals(false, root.get("exact").booleanValue());
    assertEquals("smc", root.get("method").textValue());
    assertEquals(1, root.get("seed").longValue());
    assertEquals(-70.12, root.get("log_evidence").doubleValue());
    assertEquals(0.31, root.get("time_s").doubleValue());
    assertEquals(0.5, root.get("acceptance_rate").doubleValue());
    JsonNode p = root.get("summary").get("p");
    List<String> leafKeys = new ArrayList<>();
    p.fieldNames().forEachRemaining(leafKeys::add);
    assertEquals(List.of("mean", "sd", "q05", "q50", "q95", "ess", "rhat"), leafKeys);
    assertEquals(0.42, p.get("mean").doubleValue());
    assertEquals(0.05, p.get("sd").doubleValue());
    assertEquals(0.34, p.get("q05").doubleValue());
    assertEquals(0.42, p.get("q50").doubleValue());
    assertEquals(0.5, p.get("q95").doubleValue());
    assertEquals(8120.4, p.get("ess").doubleValue());
    assertTrue(p.get("rhat").isNull(), "rhat is null with one chain");
    assertTrue(root.get("summary").get("rain").get("ess").isNull(), "absent ESS is null");
    assertEquals(0.25, root.get("probabilities").get("rain").get("1").doubleValue());
    assertEquals(0.75, root.get("probabilities").get("rain").get("0").doubleValue());
  }

  @Test
  void warningsAreAnArrayOfStringsEmptyWhenNone() throws Exception {
    RunReport r = report(OptionalDouble.empty(), 4);
    assertEquals(0, JSON.readTree(JsonReportWriter.write(r)).get("warnings").size());
    RunReport warned = new RunReport(r.fileName(), r.method(), r.seed(), r.logEvidence(),
        r.summary(), r.timeSeconds(), r.chains(), r.draws(), r.exact(), r.diagnostics(),
        List.of("7 transitions diverged: raise --adapt-delta"));
    JsonNode warnings = JSON.readTree(JsonReportWriter.write(warned)).get("warnings");
    assertTrue(warnings.isArray());
    assertEquals("7 transitions diverged: raise --adapt-delta", warnings.get(0).textValue());
  }

  @Test
  void absentEvidenceIsNullAndRhatIsANumberWithChains() throws Exception {
    JsonNode root = JSON.readTree(
        JsonReportWriter.write(report(OptionalDouble.empty(), 4), true));
    assertTrue(root.get("log_evidence").isNull());
    assertEquals(1.002, root.get("summary").get("p").get("rhat").doubleValue());
    assertEquals(4, root.get("chains").intValue());
  }

  @Test
  void nonFiniteNumbersBecomeNullAndNoProbabilitiesKeyWhenNoneAreDiscrete() throws Exception {
    RunReport r = new RunReport("m.ppl", "importance", 3,
        OptionalDouble.of(Double.NEGATIVE_INFINITY),
        Map.of("x", new Summary(Leaf.Kind.REAL, Double.NaN, 0, 0, 0, 0, OptionalDouble.of(1),
            OptionalDouble.empty(), Optional.empty())), 0.0, 1, 10, true, Map.of());
    JsonNode root = JSON.readTree(JsonReportWriter.write(r));
    assertTrue(root.get("log_evidence").isNull());
    assertTrue(root.get("summary").get("x").get("mean").isNull());
    assertFalse(root.has("probabilities"));
  }
}
