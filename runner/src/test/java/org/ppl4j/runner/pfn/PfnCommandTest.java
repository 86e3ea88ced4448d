package org.ppl4j.runner.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.PplCommand;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code ppl pfn train} and {@code ppl pfn predict} end to end, in-process, against a stand-in
 * compiler whose program is the linear-model prior written with the Java model combinators
 * (the real compiler is exercised by the .ppl prior test once it is in the build).
 */
class PfnCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** slope ~ N(0,1); x_i ~ U(-1,1); y_i = slope x_i + 0.3 z_i; returns {x, y, slope}. */
  static Model<Value> linearPrior(int n) {
    return Model.sample(Distributions.normal(0, 1)).flatMap(slope ->
        Model.replicate(n, Model.sample(Distributions.uniform(-1, 1))).flatMap(xs ->
            Model.replicate(n, Model.sample(Distributions.normal(0, 0.3))).map(noise -> {
              List<Value> x = new ArrayList<>();
              List<Value> y = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                x.add(new RealValue(xs.get(i)));
                y.add(new RealValue(slope * xs.get(i) + noise.get(i)));
              }
              Map<String, Value> fields = new LinkedHashMap<>();
              fields.put("x", new ArrayValue(x));
              fields.put("y", new ArrayValue(y));
              fields.put("slope", new RealValue(slope));
              return (Value) new RecordValue(fields);
            })));
  }

  private static Program stubProgram(String fileName, String source) {
    boolean declaresN = !source.contains("NO_N");
    return new Program() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public String resultName() {
        return "value";
      }

      @Override
      public List<DataInput> dataInputs() {
        return declaresN ? List.of(new DataInput("n", PplType.INT,
            Optional.of(new IntValue(16)), new SourceSpan(fileName, 1, 6, 1))) : List.of();
      }

      @Override
      public Model<Value> model(Map<String, Value> data) {
        return linearPrior((int) ((IntValue) data.get("n")).value());
      }
    };
  }

  private int ppl(String... args) {
    CommandContext context = new CommandContext(new PrintWriter(out), new PrintWriter(err),
        false, PfnCommandTest::stubProgram, StandardMethods.registry(), System::nanoTime,
        () -> 5L);
    return PplCommand.commandLine(context).execute(args);
  }

  @Test
  void trainThenPredictWritesJsonWithMeanNll() throws Exception {
    Path prior = Files.writeString(dir.resolve("linear.ppl"), "// stand-in");
    Path net = dir.resolve("net.pfn");
    int code = ppl("pfn", "train", prior.toString(), "--out", net.toString(), "--steps", "20",
        "--batch", "4", "--points", "8", "--width", "16", "--layers", "1", "--heads", "2",
        "--buckets", "20", "--border-samples", "2000", "--seed", "3");
    assertEquals(0, code, err.toString());
    assertTrue(Files.size(net) > 0);
    assertTrue(err.toString().contains("step 20/20"), err.toString());
    Path data = Files.writeString(dir.resolve("d.json"),
        "{\"x_train\": [0.1, -0.5, 0.9], \"y_train\": [0.2, -0.4, 0.8],"
            + " \"x_test\": [0.0, 0.5], \"y_test\": [0.0, 0.4]}");
    out.getBuffer().setLength(0);
    assertEquals(0, ppl("pfn", "predict", net.toString(), "--data", data.toString(),
        "--format", "json"), err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("y", json.get("target").asText());
    assertEquals(2, json.get("points").size());
    JsonNode p = json.get("points").get(1);
    for (String key : List.of("mean", "sd", "q05", "q50", "q95")) {
      assertTrue(p.get(key).isNumber(), key);
    }
    assertTrue(p.get("q05").asDouble() <= p.get("q50").asDouble()
        && p.get("q50").asDouble() <= p.get("q95").asDouble());
    // "mean" NLL: the mean over the test points of each point's NLL, so it equals the average of
    // the values predicted for each point alone (the same network and training data; to 1e-6,
    // the network computes in float32 and batches the points differently)
    double both = json.get("mean_nll").asDouble();
    double[] alone = new double[2];
    for (int i = 0; i < 2; i++) {
      Path one = Files.writeString(dir.resolve("d" + i + ".json"),
          "{\"x_train\": [0.1, -0.5, 0.9], \"y_train\": [0.2, -0.4, 0.8], \"x_test\": ["
              + (i == 0 ? "0.0" : "0.5") + "], \"y_test\": [" + (i == 0 ? "0.0" : "0.4") + "]}");
      out.getBuffer().setLength(0);
      assertEquals(0, ppl("pfn", "predict", net.toString(), "--data", one.toString(),
          "--format", "json"), err.toString());
      alone[i] = new ObjectMapper().readTree(out.toString()).get("mean_nll").asDouble();
    }
    assertTrue(Double.isFinite(both), "mean_nll " + both);
    assertEquals((alone[0] + alone[1]) / 2, both, 1e-6, "mean of " + alone[0] + ", " + alone[1]);
  }

  @Test
  void latentNetworkReportsThePosterior() throws Exception {
    Path prior = Files.writeString(dir.resolve("linear.ppl"), "// stand-in");
    Path net = dir.resolve("slope.pfn");
    assertEquals(0, ppl("pfn", "train", prior.toString(), "--out", net.toString(), "--steps",
        "5", "--batch", "4", "--points", "8", "--width", "16", "--layers", "1", "--heads", "2",
        "--buckets", "20", "--border-samples", "2000", "--target", "slope"), err.toString());
    Path data = Files.writeString(dir.resolve("d.json"),
        "{\"x_train\": [[0.1], [0.5]], \"y_train\": [0.2, 0.4], \"x_test\": []}");
    out.getBuffer().setLength(0);
    assertEquals(0, ppl("pfn", "predict", net.toString(), "--data", data.toString(),
        "--format", "json"), err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("slope", json.get("target").asText());
    // a posterior summary: positive sd, ordered quantiles, the median inside the 90% interval
    JsonNode posterior = json.get("posterior");
    assertTrue(posterior.get("sd").asDouble() > 0, posterior.toString());
    assertTrue(posterior.get("q05").asDouble() < posterior.get("q50").asDouble()
        && posterior.get("q50").asDouble() < posterior.get("q95").asDouble(), posterior.toString());
    assertTrue(Double.isFinite(posterior.get("mean").asDouble()), posterior.toString());
  }

  @Test
  void foreignNetworkFileIsAUserError() throws Exception {
    Path fake = Files.writeString(dir.resolve("fake.pfn"), "hello");
    Path data = Files.writeString(dir.resolve("d.json"),
        "{\"x_train\": [], \"y_train\": [], \"x_test\": [0.5]}");
    assertEquals(1, ppl("pfn", "predict", fake.toString(), "--data", data.toString()));
    assertEquals("ppl: error: 'fake.pfn' is not a ppl4j PFN file (no PPL4JPFN header)",
        err.toString().strip());
  }

  @Test
  void badDataNamesTheKey() throws Exception {
    Path prior = Files.writeString(dir.resolve("linear.ppl"), "// stand-in");
    Path net = dir.resolve("net.pfn");
    assertEquals(0, ppl("pfn", "train", prior.toString(), "--out", net.toString(), "--steps",
        "1", "--batch", "2", "--points", "4", "--width", "8", "--layers", "1", "--heads", "2",
        "--buckets", "10", "--border-samples", "1000"), err.toString());
    Path data = Files.writeString(dir.resolve("d.json"),
        "{\"x_train\": [0.1], \"y_train\": [\"a\"], \"x_test\": [0.5]}");
    err.getBuffer().setLength(0);
    assertEquals(1, ppl("pfn", "predict", net.toString(), "--data", data.toString()));
    assertTrue(err.toString().contains("y_train[0] is \"a\", not a number"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void priorWithoutSizeInputIsAUserError() throws Exception {
    Path prior = Files.writeString(dir.resolve("p.ppl"), "NO_N");
    assertEquals(1, ppl("pfn", "train", prior.toString(), "--out",
        dir.resolve("x.pfn").toString()));
    assertTrue(err.toString().contains("must declare 'data n : Int'"), err.toString());
  }

  @Test
  void badStepsIsAUserErrorNamingIt() throws Exception {
    Path prior = Files.writeString(dir.resolve("p.ppl"), "// stand-in");
    assertEquals(1, ppl("pfn", "train", prior.toString(), "--out",
        dir.resolve("x.pfn").toString(), "--steps", "0"));
    assertTrue(err.toString().contains("steps must be > 0, got 0"), err.toString());
  }

  @Test
  void unknownContextSizesIsAUserErrorNamingTheChoices() throws Exception {
    Path prior = Files.writeString(dir.resolve("p.ppl"), "// stand-in");
    assertEquals(1, ppl("pfn", "train", prior.toString(), "--out",
        dir.resolve("x.pfn").toString(), "--context-sizes", "geometric"));
    assertTrue(err.toString().contains(
        "context sizes must be 'uniform' or 'equal-queries', got 'geometric'"), err.toString());
  }

  @Test
  void defaultContextGroupsDivideTheBatch() {
    assertEquals(8, PfnTrainCommand.defaultGroups(32));
    assertEquals(6, PfnTrainCommand.defaultGroups(12));
    assertEquals(7, PfnTrainCommand.defaultGroups(7));
    assertEquals(1, PfnTrainCommand.defaultGroups(11));
    assertEquals(1, PfnTrainCommand.defaultGroups(1));
  }
}
