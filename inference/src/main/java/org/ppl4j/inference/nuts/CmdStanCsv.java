package org.ppl4j.inference.nuts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes NUTS chains as CmdStan output CSV files, one per chain, so that tools that read
 * CmdStan output (ArviZ, CmdStanPy, posterior, bayesplot) read them: comment lines
 * ({@code #}) with the run's settings, a header {@code lp__, accept_stat__, stepsize__,
 * treedepth__, n_leapfrog__, divergent__, energy__} followed by the reported quantities with
 * CmdStan's dotted 1-based index names ({@code theta[0]} becomes {@code theta.1}), the saved
 * warm-up rows ({@code --save-warmup}), the adaptation results as comments, one row per kept
 * draw, and the elapsed times in seconds, in the shape of a CmdStan 2.33 file (tested against
 * one in {@code CmdStanCsvTest}). {@code OUT.csv} gives {@code OUT_1.csv}, {@code OUT_2.csv}, …
 */
public final class CmdStanCsv {
  private CmdStanCsv() {}

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /** The file of chain {@code chain} (1-based) for the requested path {@code out}. */
  public static Path chainFile(Path out, int chain) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : ".csv";
    return out.resolveSibling(stem + "_" + chain + ext);
  }

  /** CmdStan's name for a leaf: {@code theta[0]} is {@code theta.1}, {@code a[1][2]} {@code a.2.3}. */
  public static String columnName(String leaf) {
    Matcher m = INDEX.matcher(leaf);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "." + (Integer.parseInt(m.group(1)) + 1));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The model's name as CmdStan writes it, {@code NAME_model}: the program's file name without
   * folders and extension, characters that cannot be in a C++ name replaced by {@code _}
   * ({@code examples/coin.ppl} gives {@code coin_model}), so that readers that take it for a
   * name (CmdStanPy) never see a path.
   */
  public static String modelName(String program) {
    String name = program.substring(Math.max(program.lastIndexOf('/'),
        program.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String identifier = stem.replaceAll("[^A-Za-z0-9_]", "_");
    return (identifier.isEmpty() ? "ppl" : identifier) + "_model";
  }

  /**
   * Writes every chain of {@code result}; returns the files written.
   *
   * @param program the program's file name (its name goes in the header, see {@link #modelName})
   * @param seed the run's seed
   */
  public static List<Path> write(NutsResult result, Path out, String program, long seed)
      throws IOException {
    return write(result, out, program, seed, java.util.Optional.empty());
  }

  /**
   * As {@link #write(NutsResult, Path, String, long)}; {@code initFile} names the file of
   * initial values the chains started from (CmdStan's {@code init = FILE}), when there is one.
   */
  public static List<Path> write(NutsResult result, Path out, String program, long seed,
      java.util.Optional<String> initFile) throws IOException {
    List<Path> files = new ArrayList<>();
    Instant start = Instant.now();
    for (int c = 0; c < result.chains().size(); c++) {
      Path file = chainFile(out, c + 1);
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writeChain(result, c, modelName(program), seed, initFile, file, start, w);
      }
      files.add(file);
    }
    return files;
  }

  /**
   * Writes chain {@code c} as CmdStan does: the settings ({@link CmdStanHeader}), the column
   * names, the saved warm-up rows, the adaptation results, the draws, and the elapsed times
   * in seconds.
   */
  static void writeChain(NutsResult result, int c, String model, long seed, Path file,
      Instant start, Writer w) throws IOException {
    writeChain(result, c, model, seed, java.util.Optional.empty(), file, start, w);
  }

  private static void writeChain(NutsResult result, int c, String model, long seed,
      java.util.Optional<String> initFile, Path file, Instant start, Writer w)
      throws IOException {
    NutsConfig config = result.config();
    ChainDraws chain = result.chains().get(c);
    CmdStanHeader.write(w, config, model, c + 1, result.chains().size(), seed, initFile, file,
        start);
    List<String> header = new ArrayList<>(List.of("lp__", "accept_stat__", "stepsize__",
        "treedepth__", "n_leapfrog__", "divergent__", "energy__"));
    for (String name : result.outputNames()) {
      header.add(columnName(name));
    }
    w.write(String.join(",", header) + "\n");
    WarmupDraws warmup = chain.warmup();
    for (int i = 0; i < warmup.size(); i++) {
      w.write(row(warmup.transitions().get(i), warmup.stepSizes().get(i),
          warmup.outputs().get(i)));
    }
    if (config.warmup() > 0) {
      w.write("# Adaptation terminated\n# Step size = " + chain.stepSize() + "\n");
      w.write("# Diagonal elements of inverse mass matrix:\n# ");
      double[] metric = chain.inverseMetric();
      for (int i = 0; i < metric.length; i++) {
        w.write((i > 0 ? ", " : "") + metric[i]);
      }
      w.write("\n");
    }
    for (int i = 0; i < chain.size(); i++) {
      w.write(row(chain.transitions().get(i), chain.stepSize(), chain.outputs().get(i)));
    }
    double total = chain.warmupSeconds() + chain.samplingSeconds();
    w.write(String.format(Locale.ROOT, "# \n#  Elapsed Time: %.3f seconds (Warm-up)\n"
        + "#                %.3f seconds (Sampling)\n"
        + "#                %.3f seconds (Total)\n# \n",
        chain.warmupSeconds(), chain.samplingSeconds(), total));
  }

  private static String row(Transition t, double stepSize, double[] outputs) {
    StringBuilder line = new StringBuilder();
    line.append(t.logDensity()).append(',').append(t.acceptStat()).append(',')
        .append(stepSize).append(',').append(t.treeDepth()).append(',')
        .append(t.leapfrogSteps()).append(',').append(t.divergent() ? 1 : 0).append(',')
        .append(t.energy());
    for (double x : outputs) {
      line.append(',').append(x);
    }
    return line.append('\n').toString();
  }
}
