package org.ppl4j.inference.nuts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes NUTS chains as CmdStan output CSV files, one per chain, so that tools that read
 * CmdStan output (ArviZ, CmdStanPy, posterior, bayesplot) read them: comment lines
 * ({@code #}) with the run's settings, a header {@code lp__, accept_stat__, stepsize__,
 * treedepth__, n_leapfrog__, divergent__, energy__} followed by the reported quantities with
 * CmdStan's dotted 1-based index names ({@code theta[0]} becomes {@code theta.1}), the
 * adaptation results as comments, then one row per kept draw. {@code OUT.csv} gives
 * {@code OUT_1.csv}, {@code OUT_2.csv}, …
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
   * Writes every chain of {@code result}; returns the files written.
   *
   * @param model the model's name for the header (e.g. the program's file name)
   * @param seed the run's seed
   */
  public static List<Path> write(NutsResult result, Path out, String model, long seed)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (int c = 0; c < result.chains().size(); c++) {
      Path file = chainFile(out, c + 1);
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writeChain(result, c, model, seed, w);
      }
      files.add(file);
    }
    return files;
  }

  static void writeChain(NutsResult result, int c, String model, long seed, Writer w)
      throws IOException {
    NutsConfig config = result.config();
    ChainDraws chain = result.chains().get(c);
    w.write("# model = " + model + "\n");
    w.write("# method = sample (Default)\n#   sample\n");
    w.write("#     num_samples = " + config.samples() + "\n");
    w.write("#     num_warmup = " + config.warmup() + "\n");
    w.write("#     save_warmup = 0 (Default)\n#     thin = 1 (Default)\n");
    w.write("#     adapt\n#       engaged = 1 (Default)\n");
    w.write("#       gamma = 0.05 (Default)\n");
    w.write("#       delta = " + config.targetAcceptance() + "\n");
    w.write("#       kappa = 0.75 (Default)\n#       t0 = 10 (Default)\n");
    w.write("#       init_buffer = 75 (Default)\n#       term_buffer = 50 (Default)\n");
    w.write("#       window = 25 (Default)\n");
    w.write("#     algorithm = hmc (Default)\n#       hmc\n#         engine = nuts (Default)\n");
    w.write("#           nuts\n#             max_depth = " + config.maxTreeDepth() + "\n");
    w.write("#         metric = diag_e (Default)\n");
    w.write("#         stepsize = 1 (Default)\n#         stepsize_jitter = 0 (Default)\n");
    w.write("#     num_chains = 1 (Default)\n");
    w.write("# id = " + (c + 1) + "\n");
    w.write("# init = " + config.initRadius() + "\n");
    w.write("# random\n#   seed = " + seed + "\n");
    w.write("# output\n#   sig_figs = -1 (Default)\n");
    w.write("# stan_version_major = 2\n# stan_version_minor = 33\n# stan_version_patch = 0\n");
    w.write("# generator = ppl4j nuts\n");
    List<String> header = new ArrayList<>(List.of("lp__", "accept_stat__", "stepsize__",
        "treedepth__", "n_leapfrog__", "divergent__", "energy__"));
    for (String name : result.outputNames()) {
      header.add(columnName(name));
    }
    w.write(String.join(",", header) + "\n");
    w.write("# Adaptation terminated\n# Step size = " + chain.stepSize() + "\n");
    w.write("# Diagonal elements of inverse mass matrix:\n# ");
    double[] metric = chain.inverseMetric();
    for (int i = 0; i < metric.length; i++) {
      w.write((i > 0 ? ", " : "") + metric[i]);
    }
    w.write("\n");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < chain.size(); i++) {
      Transition t = chain.transitions().get(i);
      line.setLength(0);
      line.append(t.logDensity()).append(',').append(t.acceptStat()).append(',')
          .append(chain.stepSize()).append(',').append(t.treeDepth()).append(',')
          .append(t.leapfrogSteps()).append(',').append(t.divergent() ? 1 : 0).append(',')
          .append(t.energy());
      for (double x : chain.outputs().get(i)) {
        line.append(',').append(x);
      }
      w.write(line.append('\n').toString());
    }
    w.write("# \n#  Elapsed Time: see the run's summary\n# \n");
  }
}
