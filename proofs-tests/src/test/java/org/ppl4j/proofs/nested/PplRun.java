package org.ppl4j.proofs.nested;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ppl4j.runner.cli.Main;

/** One in-process {@code ppl run} of a program: exit code, standard output and error. */
record PplRun(int code, String out, String err) {
  private static final JsonMapper JSON = new JsonMapper();

  /** Runs {@code program} (a path) with {@code options}, JSON output, quietly. */
  static PplRun of(Path program, String... options) {
    List<String> args = new ArrayList<>(List.of("run", program.toString(), "--quiet",
        "--format", "json"));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new PplRun(code, out.toString(), err.toString());
  }

  /** Runs the program text {@code source}, written to {@code dir}/{@code name}. */
  static PplRun source(Path dir, String name, String source, String... options)
      throws java.io.IOException {
    return of(Files.writeString(dir.resolve(name), source), options);
  }

  /** The summary of leaf {@code leaf}. */
  JsonNode summary(String leaf) throws java.io.IOException {
    if (code != 0) {
      throw new AssertionError("run failed (" + code + "): " + err);
    }
    return JSON.readTree(out).get("summary").get(leaf);
  }

  /** The summary's JSON without its timing (for comparing two runs). */
  String withoutTime() throws java.io.IOException {
    JsonNode n = JSON.readTree(out);
    ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("time_s");
    return n.toString();
  }
}
