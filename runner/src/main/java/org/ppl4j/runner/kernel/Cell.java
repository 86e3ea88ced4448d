package org.ppl4j.runner.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * One notebook cell of the {@code .ppl} kernel, split into its leading line magics
 * ({@code %method smc --particles 1000}, {@code %data flips = flips.json}) and the program text
 * that follows them (possibly empty).
 *
 * @param magics the magic lines, without their {@code %}, in order
 * @param program the rest of the cell, with blank lines in place of the magic lines so that
 *     diagnostics keep the cell's line numbers
 */
public record Cell(List<String> magics, String program) {

  /** Copies the magic list. */
  public Cell {
    magics = List.copyOf(magics);
  }

  /**
   * Splits a cell: every line before the first line of program text that starts with
   * {@code %} (after blanks) is a magic line; blank and comment lines may come between them.
   */
  public static Cell parse(String code) {
    String[] lines = code.split("\n", -1);
    List<String> magics = new ArrayList<>();
    StringBuilder program = new StringBuilder();
    boolean inProgram = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String stripped = line.strip();
      if (!inProgram && stripped.startsWith("%")) {
        magics.add(stripped.substring(1).strip());
        line = "";
      } else if (!stripped.isEmpty() && !stripped.startsWith("//")) {
        inProgram = true;
      }
      program.append(line);
      if (i < lines.length - 1) {
        program.append('\n');
      }
    }
    return new Cell(magics, program.toString());
  }

  /** Whether the cell holds program text besides its magics and comments. */
  public boolean hasProgram() {
    return program.lines().map(String::strip)
        .anyMatch(l -> !l.isEmpty() && !l.startsWith("//"));
  }
}
