package org.ppl4j.runner.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.display.PosteriorFigure;
import org.ppl4j.runner.output.DrawTable;
import org.ppl4j.runner.output.DrawsCsvWriter;
import org.ppl4j.runner.output.PredictiveColumns;

/**
 * Writes the files a run was asked for ({@code --draws}: every draw as CSV, with
 * {@code --predict} also each draw's replicated values and pointwise log-likelihoods;
 * {@code --plot}: the posterior's plots as SVG). A front end calls it after showing the
 * summary, so that a file that cannot be written costs nothing already shown.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Writes the draws and the plot {@code result} asks for.
   *
   * @throws UserError when a file cannot be written, or the result has nothing to plot
   */
  public static void write(RunResult result) {
    if (result.draws().isEmpty() && result.plot().isEmpty()
        && result.predictiveDraws().isEmpty()) {
      return;
    }
    String resultName = result.program().resultName();
    DrawTable table = DrawTable.of(result.posterior(), resultName);
    Optional<DrawTable> predictive = result.predictive().map(PredictiveColumns::of);
    if (result.draws().isPresent()) {
      DrawTable all = table;
      if (predictive.isPresent() && result.predictiveDraws().equals(result.draws())) {
        all = table.withColumns(predictive.get().columns(), predictive.get().rows());
      }
      writeCsv(all, result.draws().get());
    }
    if (predictive.isPresent() && result.predictiveDraws().isPresent()
        && !result.predictiveDraws().equals(result.draws())) {
      writeCsv(predictive.get(), result.predictiveDraws().get());
    }
    if (result.plot().isPresent()) {
      Path path = result.plot().get();
      Optional<String> svg = table.columns().isEmpty()
          ? Optional.empty() : PosteriorFigure.svg(result.posterior());
      if (svg.isEmpty()) {
        throw new UserError("--plot: the result has no numeric leaves to plot");
      }
      try {
        Files.writeString(path, svg.get(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError("cannot write the plot to '" + path + "'" + whyNotWritable(path));
      }
    }
  }

  private static void writeCsv(DrawTable table, Path path) {
    try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      DrawsCsvWriter.write(table, writer);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError("cannot write the draws to '" + path + "'" + whyNotWritable(path));
    }
  }

  /**
   * Checks, before a method that writes its own draws files beside {@code path} runs (NUTS:
   * {@code OUT_1.csv}, {@code OUT_2.csv}, ...), that {@code path} names a file that could be
   * written: a non-empty name, not a directory, not an existing device or other non-regular
   * file, in an existing directory. Writing can still fail (a full disk); that is reported then.
   *
   * @throws UserError naming the path and the reason
   */
  public static void checkDrawsTarget(Path path) {
    String what = "cannot write the draws to '" + path + "'";
    if (path.toString().isEmpty() || path.getFileName() == null) {
      throw new UserError(what + ": --draws needs a file name, e.g. --draws out.csv");
    }
    if (Files.isDirectory(path)) {
      throw new UserError(what + ": it is a directory");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new UserError(what + ": it is not a regular file (a device or a special file)");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError(what + ": no such directory '" + parent + "'");
    }
    if (parent != null && !Files.isWritable(parent)) {
      throw new UserError(what + ": the directory '" + parent + "' is not writable");
    }
  }

  /**
   * The file {@code OUT_<suffix>.csv} beside the files a method writes itself for
   * {@code --draws OUT.csv} (NUTS: {@code OUT_1.csv}, {@code OUT_2.csv}, ...).
   */
  public static Path besideOwnDraws(Path draws, String suffix) {
    String name = draws.getFileName() == null ? "draws" : draws.getFileName().toString();
    String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return draws.resolveSibling(stem + "_" + suffix + ".csv");
  }

  /** Why {@code path} could not be written, as ": ..." (empty when no reason is evident). */
  private static String whyNotWritable(Path path) {
    if (Files.isDirectory(path)) {
      return ": it is a directory";
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return ": no such directory '" + parent + "'";
    }
    return "";
  }
}
