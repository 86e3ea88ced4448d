package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ppl run --idata OUT.zarr} end to end in-process: the groups and shapes written for a
 * NUTS run with {@code --predict}, values equal to the run's own JSON summary and data, a
 * Zarr store replaced on a second run, and every bad target or posterior a user error (exit 1,
 * no stack trace) found before inference runs. The Python read-back is .ci/idata-e2e.sh.
 */
class RunIdataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  private Path program;
  private Path data;

  @BeforeEach
  void writeProgram() throws IOException {
    program = dir.resolve("mean.ppl");
    Files.writeString(program, "data y : Real[]\nmu ~ normal(0, 1)\n"
        + "observe y ~ normal(mu, 1)\nreturn mu\n");
    data = dir.resolve("mean.json");
    Files.writeString(data, "{\"y\": [0.1, 0.5, -0.2]}");
  }

  @Test
  void aNutsRunWithPredictWritesEveryGroup() throws IOException {
    Path store = dir.resolve("out.zarr");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "--method", "nuts", "--chains", "2", "--samples", "60",
        "--warmup", "60", "--seed", "5", "--predict", "--format", "json", "--idata",
        store.toString());
    assertEquals(ExitCode.OK, code, err.toString());

    JsonNode zarray = JSON.readTree(store.resolve("posterior/mu/.zarray").toFile());
    assertEquals("[2,60]", zarray.get("shape").toString());
    double[] mu = doubles(store.resolve("posterior/mu/0.0"));
    double mean = java.util.Arrays.stream(mu).sum() / mu.length;
    double reported = JSON.readTree(out.toString()).at("/summary/mu/mean").asDouble();
    assertEquals(reported, mean, 1e-12 * (1 + Math.abs(reported)));

    assertEquals("[2,60,3]", shape(store, "log_likelihood/y"));
    assertEquals("[2,60,3]", shape(store, "posterior_predictive/y"));
    assertEquals("[3]", shape(store, "observed_data/y"));
    assertArrayEquals(new double[] {0.1, 0.5, -0.2}, doubles(store.resolve("observed_data/y/0")));
    assertEquals("[\"chain\",\"draw\",\"y_dim_0\"]", JSON.readTree(
        store.resolve("log_likelihood/y/.zattrs").toFile()).get("_ARRAY_DIMENSIONS").toString());
    assertEquals("|b1", JSON.readTree(store.resolve("sample_stats/diverging/.zarray").toFile())
        .get("dtype").asText());
    assertEquals("[2,60]", shape(store, "sample_stats/lp"));
    assertTrue(JSON.readTree(store.resolve(".zmetadata").toFile()).at("/metadata")
        .has("observed_data/y/.zarray"));

    // a second run replaces the store, as ArviZ's mode "w"
    Files.writeString(store.resolve("stale"), "x");
    assertEquals(ExitCode.OK, run(new StringWriter(), err, "--method", "nuts", "--chains", "1",
        "--samples", "20", "--warmup", "20", "--seed", "6", "-q", "--idata", store.toString()));
    assertFalse(Files.exists(store.resolve("stale")));
    assertFalse(Files.exists(store.resolve("log_likelihood")), "no --predict: no predictive");
    assertEquals("[1,20]", shape(store, "posterior/mu"));
  }

  @Test
  void badTargetsAreUserErrorsBeforeInference() throws IOException {
    Path file = Files.writeString(dir.resolve("taken.zarr"), "mine");
    Path folder = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(folder.resolve("keep.txt"), "mine");
    String[][] cases = {
        {file.toString(), "it is a file, and --idata writes a folder (a Zarr store)"},
        {folder.toString(), "the folder exists and is not a Zarr store (no .zgroup)"},
        {dir.resolve("no/such/out.zarr").toString(), "no such directory"},
    };
    for (String[] c : cases) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = run(out, err, "--method", "nuts", "--chains", "1", "--idata", c[0]);
      assertEquals(ExitCode.USER_ERROR, code, err.toString());
      assertTrue(err.toString().startsWith("ppl: error: cannot write the InferenceData to '" + c[0]
          + "': " + c[1]), err.toString());
      assertFalse(err.toString().contains("at org."), err.toString());
      assertEquals("", out.toString(), "no inference ran");
    }
    assertEquals("mine", Files.readString(folder.resolve("keep.txt")));
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void weightedDrawsAreRefused() {
    StringWriter err = new StringWriter();
    int code = run(new StringWriter(), err, "--method", "importance", "--particles", "50",
        "--seed", "1", "--idata", dir.resolve("w.zarr").toString());
    assertEquals(ExitCode.USER_ERROR, code, err.toString());
    assertTrue(err.toString().contains("--idata: method 'importance' gives weighted draws"),
        err.toString());
    assertFalse(Files.exists(dir.resolve("w.zarr")));
  }

  private int run(StringWriter out, StringWriter err, String... options) {
    List<String> args = new ArrayList<>(List.of("run", program.toString(), "--data",
        data.toString()));
    args.addAll(List.of(options));
    return Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
  }

  private static String shape(Path store, String array) throws IOException {
    return JSON.readTree(store.resolve(array + "/.zarray").toFile()).get("shape").toString();
  }

  private static double[] doubles(Path chunk) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(chunk)).order(ByteOrder.LITTLE_ENDIAN);
    double[] out = new double[b.remaining() / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getDouble();
    }
    return out;
  }
}
