package org.ppl4j.proofs.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one conformance case expects, read from its {@code X.expect} file, one directive a line
 * ({@code #} starts a comment):
 *
 * <ul>
 *   <li>{@code args: A B C} — the arguments after {@code ppl run X.ppl} ({@code $DIR} is the
 *       case folder); default {@code --format json}; {@code --quiet} is always added;
 *   <li>{@code command: check} — run {@code ppl check X.ppl} instead;
 *   <li>{@code exit: N} — the exit code (default 0);
 *   <li>{@code /json/pointer = 1.5 +- 1e-9}, {@code = null}, {@code = "text"}, {@code = number}
 *       (the JSON output at that RFC 6901 pointer; a tolerance is absolute);
 *   <li>{@code /json/pointer != null} — present and not null;
 *   <li>{@code /json/pointer >= 300}, {@code <= 1.01} — a number at least or at most a bound
 *       (an ESS floor that justifies a stated n_eff; an R-hat bound);
 *   <li>{@code keys /pointer = a b c} — the object's keys are exactly these, in this order;
 *   <li>{@code haskeys /pointer = a b} — the object has at least these keys;
 *   <li>{@code absent /pointer} — no such member;
 *   <li>{@code draws: header=a,b rows=N} — the {@code --draws} CSV ({@code $OUT/draws.csv});
 *   <li>{@code plot: svg} — the {@code --plot} file ({@code $OUT/plot.svg}) is an SVG document;
 *   <li>{@code stdout contains: text}, {@code stderr contains: text}.
 * </ul>
 *
 * An {@code X.err} file beside the program holds the exact expected standard error (with the
 * case folder removed from file names).
 */
record Expectation(List<String> args, boolean check, int exit, List<String> assertions,
    Optional<String> stderr) {

  static Expectation read(Path program) throws IOException {
    String base = program.toString().substring(0, program.toString().length() - 4);
    Path expect = Path.of(base + ".expect");
    Path err = Path.of(base + ".err");
    List<String> args = List.of("--format", "json");
    boolean check = false;
    int exit = 0;
    List<String> assertions = new ArrayList<>();
    if (Files.exists(expect)) {
      for (String raw : Files.readAllLines(expect)) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("args:")) {
          String given = line.substring(5).strip();
          args = given.isEmpty() ? List.of() : List.of(given.split("\\s+"));
        } else if (line.startsWith("command:")) {
          check = line.substring(8).strip().equals("check");
        } else if (line.startsWith("exit:")) {
          exit = Integer.parseInt(line.substring(5).strip());
        } else {
          assertions.add(line);
        }
      }
    }
    Optional<String> stderr = Files.exists(err)
        ? Optional.of(Files.readString(err).stripTrailing()) : Optional.empty();
    return new Expectation(args, check, exit, assertions, stderr);
  }
}
