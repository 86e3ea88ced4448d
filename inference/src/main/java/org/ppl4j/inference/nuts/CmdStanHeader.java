package org.ppl4j.inference.nuts;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The comment block that opens a CmdStan 2.33 output CSV file: the Stan version, the model's
 * name, the start time, then the {@code sample} method's arguments in CmdStan's nesting (two
 * spaces per level), each {@code key = value}, followed by {@code (Default)} where the value is
 * CmdStan's default, then the chain id, data, init, random seed, output and threading settings.
 * Readers of CmdStan files (CmdStanPy, ArviZ, posterior) parse these keys, so every key of a
 * CmdStan file is written, in its order, even where ppl4j has no counterpart (the value is then
 * CmdStan's default: no metric file, no diagnostic file).
 */
final class CmdStanHeader {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Writer w;

  private CmdStanHeader(Writer w) {
    this.w = w;
  }

  /**
   * Writes the block for chain {@code id} (1-based) of {@code chains}.
   *
   * @param model the model's name, as CmdStan's {@code NAME_model}
   * @param initFile the file of initial values the chain started from, if any (else the
   *     radius of {@code config} is written)
   * @param file the chain's output file
   */
  static void write(Writer w, NutsConfig config, String model, int id, int chains, long seed,
      java.util.Optional<String> initFile, Path file, Instant start) throws IOException {
    CmdStanHeader h = new CmdStanHeader(w);
    h.line(0, "stan_version_major = 2");
    h.line(0, "stan_version_minor = 33");
    h.line(0, "stan_version_patch = 0");
    h.line(0, "model = " + model);
    h.line(0, "start_datetime = " + UTC.format(start));
    h.line(0, "method = sample (Default)");
    h.line(1, "sample");
    h.setting(2, "num_samples", config.samples(), 1000);
    h.setting(2, "num_warmup", config.warmup(), 1000);
    h.setting(2, "save_warmup", config.saveWarmup() ? 1 : 0, 0);
    h.setting(2, "thin", config.thin(), 1);
    h.line(2, "adapt");
    h.setting(3, "engaged", config.warmup() > 0 ? 1 : 0, 1);
    h.line(3, "gamma = 0.05 (Default)");
    h.line(3, "delta = " + config.targetAcceptance()
        + (config.targetAcceptance() == 0.8 ? " (Default)" : ""));
    h.line(3, "kappa = 0.75 (Default)");
    h.line(3, "t0 = 10 (Default)");
    h.line(3, "init_buffer = 75 (Default)");
    h.line(3, "term_buffer = 50 (Default)");
    h.line(3, "window = 25 (Default)");
    h.line(3, "save_metric = 0 (Default)");
    h.line(2, "algorithm = hmc (Default)");
    h.line(3, "hmc");
    h.line(4, "engine = nuts (Default)");
    h.line(5, "nuts");
    h.setting(6, "max_depth", config.maxTreeDepth(), 10);
    h.line(4, "metric = diag_e (Default)");
    h.line(4, "metric_file =  (Default)");
    h.line(4, "stepsize = 1 (Default)");
    h.line(4, "stepsize_jitter = 0 (Default)");
    h.setting(2, "num_chains", chains, 1);
    h.line(0, "id = " + id + (id == 1 ? " (Default)" : ""));
    h.line(0, "data");
    h.line(1, "file =  (Default)");
    h.line(0, "init = " + initFile.orElseGet(() -> number(config.initRadius())
        + (config.initRadius() == 2.0 ? " (Default)" : "")));
    h.line(0, "random");
    h.line(1, "seed = " + seed);
    h.line(0, "output");
    h.line(1, "file = " + file.getFileName());
    h.line(1, "diagnostic_file =  (Default)");
    h.line(1, "refresh = 100 (Default)");
    h.line(1, "sig_figs = -1 (Default)");
    h.line(1, "profile_file = profile.csv (Default)");
    h.line(1, "save_cmdstan_config = 0 (Default)");
    h.line(0, "num_threads = 1 (Default)");
    h.line(0, "stanc_version = ppl4j");
    h.line(0, "stancflags = ");
  }

  private void setting(int level, String key, long value, long cmdStanDefault)
      throws IOException {
    line(level, key + " = " + value + (value == cmdStanDefault ? " (Default)" : ""));
  }

  private void line(int level, String text) throws IOException {
    w.write("# " + "  ".repeat(level) + text + "\n");
  }

  /** A number as CmdStan writes an argument: integers without a fraction. */
  static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
