package org.ppl4j.inference.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * ppl4j's CmdStan CSV files have the structure of a CmdStan 2.33 output file: the same comment
 * keys in the same order and nesting, the same sampler columns, the adaptation block, and a
 * footer of numeric elapsed times. The reference, {@code cmdstan/bernoulli-2.33.csv}, was
 * written by hand from knowledge of the CmdStan 2.33 format (no network was available to fetch
 * a real one; see the README beside it), so this test compares structure, never values.
 */
class CmdStanCsvTest {
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|-?inf|nan", Pattern.CASE_INSENSITIVE);
  private static final List<String> SAMPLER_COLUMNS = List.of("lp__", "accept_stat__",
      "stepsize__", "treedepth__", "n_leapfrog__", "divergent__", "energy__");

  /** A standard normal in two dimensions, reported as {@code theta[0]}, {@code theta[1]}. */
  private static final NutsTarget NORMAL = new NutsTarget() {
    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public double logDensity(double[] x, double[] gradient) {
      gradient[0] = -x[0];
      gradient[1] = -x[1];
      return -0.5 * (x[0] * x[0] + x[1] * x[1]);
    }

    @Override
    public List<String> outputNames() {
      return List.of("theta[0]", "theta[1]");
    }

    @Override
    public double[] outputs(double[] x) {
      return x.clone();
    }
  };

  private static List<String> lines(NutsConfig config, int chain) throws IOException {
    NutsResult result = Nuts.sample(NORMAL, config, Rng.seeded(11), 1);
    StringWriter out = new StringWriter();
    CmdStanCsv.writeChain(result, chain, CmdStanCsv.modelName("examples/normal.ppl"), 11,
        Path.of("out_" + (chain + 1) + ".csv"), Instant.parse("2026-12-07T15:00:00Z"), out);
    return List.of(out.toString().split("\n", -1));
  }

  private static List<String> reference() throws IOException {
    try (InputStream in = CmdStanCsvTest.class.getResourceAsStream(
        "/cmdstan/bernoulli-2.33.csv")) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
  }

  /** The comment lines before the column header, each cut to its indented key. */
  private static List<String> keys(List<String> lines) {
    List<String> keys = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("#")) {
        break;
      }
      int eq = line.indexOf(" =");
      keys.add(eq < 0 ? line : line.substring(0, eq));
    }
    return keys;
  }

  private static int headerIndex(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("lp__,")) {
        return i;
      }
    }
    throw new AssertionError("no column header");
  }

  /** The shape of the lines after the header: 'row', or the comment with numbers masked. */
  private static List<String> shapeAfterHeader(List<String> lines) {
    List<String> shape = new ArrayList<>();
    for (String line : lines.subList(headerIndex(lines) + 1, lines.size())) {
      if (line.startsWith("#")) {
        String masked = NUMBER.matcher(line).replaceAll("N").replaceAll("N(, N)+", "N");
        if (shape.isEmpty() || !shape.get(shape.size() - 1).equals(masked)) {
          shape.add(masked);
        }
      } else if (!line.isEmpty()) {
        for (String cell : line.split(",")) {
          assertTrue(NUMBER.matcher(cell).matches(), "a number: '" + cell + "' in " + line);
        }
        if (shape.isEmpty() || !shape.get(shape.size() - 1).equals("row")) {
          shape.add("row");
        }
      }
    }
    return shape;
  }

  @Test
  void theCommentKeysAreThoseOfCmdStan233InOrder() throws IOException {
    NutsConfig config = NutsConfig.defaults().withIterations(20, 10, 2);
    List<String> ours = lines(config, 1);
    assertEquals(keys(reference()), keys(ours));
    assertTrue(ours.contains("# model = normal_model"), "model is a name, not a path");
    assertTrue(ours.contains("#     num_chains = 2"), String.join("\n", ours));
    assertTrue(ours.contains("# id = 2"));
    assertTrue(ours.contains("#   seed = 11"));
    assertTrue(ours.contains("#   file = out_2.csv"));
  }

  @Test
  void theColumnsAreTheSamplerColumnsThenTheParameters() throws IOException {
    List<String> ours = lines(NutsConfig.defaults().withIterations(20, 10, 1), 0);
    List<String> header = List.of(ours.get(headerIndex(ours)).split(","));
    List<String> referenceHeader = List.of(reference().get(headerIndex(reference())).split(","));
    assertEquals(SAMPLER_COLUMNS, referenceHeader.subList(0, 7));
    assertEquals(SAMPLER_COLUMNS, header.subList(0, 7));
    assertEquals(List.of("theta.1", "theta.2"), header.subList(7, header.size()));
  }

  @Test
  void adaptationRowsAndANumericFooterAsCmdStan() throws IOException {
    List<String> ours = lines(NutsConfig.defaults().withIterations(20, 10, 1), 0);
    List<String> expected = shapeAfterHeader(reference());
    assertEquals(List.of("# Adaptation terminated", "# Step size = N",
        "# Diagonal elements of inverse mass matrix:", "# N", "row", "# ",
        "#  Elapsed Time: N seconds (Warm-up)", "#                N seconds (Sampling)",
        "#                N seconds (Total)", "# "), expected);
    assertEquals(expected, shapeAfterHeader(ours));
  }

  @Test
  void savedWarmupRowsComeBeforeTheAdaptationBlockAndThinningKeepsEveryNth() throws IOException {
    NutsConfig config = NutsConfig.defaults().withIterations(20, 10, 1).withOutput(3, true);
    List<String> ours = lines(config, 0);
    assertTrue(ours.contains("#     save_warmup = 1"));
    assertTrue(ours.contains("#     thin = 3"));
    int header = headerIndex(ours);
    int adaptation = ours.indexOf("# Adaptation terminated");
    assertEquals(7, adaptation - header - 1, "ceil(20 / 3) warm-up rows");
    long kept = ours.subList(adaptation, ours.size()).stream()
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
    assertEquals(4, kept, "ceil(10 / 3) draws");
  }

  @Test
  void noWarmupMeansNoAdaptation() throws IOException {
    List<String> ours = lines(NutsConfig.defaults().withIterations(0, 10, 1), 0);
    assertTrue(ours.contains("#       engaged = 0"));
    assertTrue(!ours.contains("# Adaptation terminated"));
  }

  @Test
  void theModelNameIsTheProgramsNameAsCmdStanWritesIt() {
    assertEquals("coin_model", CmdStanCsv.modelName("examples/coin.ppl"));
    assertEquals("coin_model", CmdStanCsv.modelName("C:\\models\\coin.ppl"));
    assertEquals("eight_schools_model", CmdStanCsv.modelName("eight-schools.ppl"));
    assertEquals("m_model", CmdStanCsv.modelName("m"));
  }
}
