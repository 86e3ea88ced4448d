package org.ppl4j.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.notebook.magic.NotebookHost;
import org.ppl4j.notebook.magic.PplCellMagic;
import org.ppl4j.runner.cli.Main;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.kernel.KernelSession;
import org.ppl4j.runner.kernel.NotebookRunner;
import org.ppl4j.runner.kernel.PplError;

/**
 * The same bad programs through the three front ends of the one run pipeline: {@code ppl run}
 * (the command line), the {@code .ppl} kernel's session (a cell with {@code %method} and
 * {@code %data} magics) and the {@code %%ppl} cell magic. Each must show the same error text:
 * the command line's standard error without its front-end decoration (the {@code ppl: } before
 * an error without a place, the {@code Try 'ppl run --help'} line after a usage error), with the
 * program's name (a file, a cell) replaced by {@code PROGRAM} and the data's (a file, the
 * notebook's data) by {@code DATA}. The expected text is pinned too, so that a front end that
 * drops the source line or the caret fails.
 */
class SameErrorTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A bad program.
   *
   * @param data the data as a JSON object ({@code {}} for none)
   * @param method the method and options, as {@code ppl run} and {@code %method} take them
   * @param expected the error text, its program named {@code PROGRAM}
   */
  record Case(String name, String program, String data, List<String> method, String expected) {}

  private static final List<Case> CASES = List.of(
      new Case("syntax error", "let x = 1\nlet y = if x = 1 { 2 } else { 3 }\nreturn y", "{}",
          List.of("enumerate"),
          "PROGRAM:2:14: error: unexpected '=' (to compare two values, use '==')\n"
              + "    let y = if x = 1 { 2 } else { 3 }\n"
              + "                 ^"),
      new Case("unknown distribution", "p ~ beta(1, 1)\nx ~ bernouli(p)\nreturn x", "{}",
          List.of("enumerate"),
          "PROGRAM:2:5: error: unknown distribution 'bernouli' (did you mean 'bernoulli'?)\n"
              + "    x ~ bernouli(p)\n"
              + "        ^^^^^^^^"),
      new Case("type error", "let b = true\nreturn 1 + b", "{}", List.of("enumerate"),
          "PROGRAM:2:8: error: '+' expects numbers, got Int and Bool\n"
              + "    return 1 + b\n"
              + "           ^^^^^"),
      new Case("data mismatch", "data n : Int\nreturn n", "{\"n\": 2.5}", List.of("enumerate"),
          "PROGRAM:1:6: error: data 'n' should be Int, found the non-integer number 2.5 in 'DATA'\n"
              + "    data n : Int\n"
              + "         ^"),
      new Case("zero weight", "mu ~ normal(0, 1)\ncondition(mu > 100)\nreturn mu", "{}",
          List.of("importance", "--particles", "200", "--seed", "1"),
          "PROGRAM:2:1: error: all particles have zero weight after this condition (the data or"
              + " constraints are impossible under the model, or too unlikely for 200"
              + " particles)\n"
              + "    condition(mu > 100)\n"
              + "    ^^^^^^^^^^^^^^^^^^^"),
      new Case("bad option", "x ~ bernoulli(0.5)\nreturn x", "{}",
          List.of("smc", "--particles", "0"),
          "error: --particles must be at least 1, got 0"));

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyFrontEndShowsTheSameErrorText() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      String cli = commandLine(c);
      assertEquals(c.expected(), cli, "ppl run");
      assertEquals(cli, kernel(c), "the .ppl kernel");
      assertEquals(cli, magic(c), "the %%ppl magic");
    }));
  }

  /** {@code ppl run FILE [--data FILE] --method ...}: standard error without decoration. */
  private String commandLine(Case c) throws Exception {
    Path program = Files.writeString(dir.resolve("bad.ppl"), c.program(), StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("run", program.toString(), "--quiet"));
    if (!c.data().equals("{}")) {
      args.addAll(List.of("--data",
          Files.writeString(dir.resolve("bad.json"), c.data(), StandardCharsets.UTF_8)
              .toString()));
    }
    args.add("--method");
    args.addAll(c.method());
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertTrue(code == 1 || code == 2, "exit code " + code + ": " + err);
    String text = err.toString().replace(System.lineSeparator(), "\n").stripTrailing()
        .replace(program.toString(), "PROGRAM").replace(dir.resolve("bad.json").toString(), "DATA");
    if (code == 2) {
      assertTrue(text.endsWith("\nTry 'ppl run --help' for more information."), text);
      text = text.substring(0, text.lastIndexOf('\n'));
    }
    return text.startsWith("ppl: ") ? text.substring("ppl: ".length()) : text;
  }

  /** A kernel cell: {@code %method ...}, one {@code %data} line per input, the program. */
  private static String kernel(Case c) throws Exception {
    KernelSession session = new KernelSession(Path.of("."), new NotebookRunner());
    List<String> magics = new ArrayList<>(List.of("method " + String.join(" ", c.method())));
    JSON.readTree(c.data()).fields().forEachRemaining(
        input -> magics.add("data " + input.getKey() + " = " + input.getValue()));
    PplError e = assertThrows(PplError.class, () -> {
      for (String magic : magics) {
        session.applyMagic(magic);
      }
      session.run("cell[1]", c.program());
    });
    return e.getMessage().replace("cell[1]", "PROGRAM").replace("notebook data.json", "DATA");
  }

  /** {@code %%ppl METHOD ... --data VAR}, the data a Java map in the notebook. */
  private static String magic(Case c) throws Exception {
    Map<String, Object> data = JSON.readValue(c.data(), Map.class);
    NotebookHost host = new NotebookHost() {
      @Override
      public Optional<Object> eval(String javaCode) {
        return javaCode.equals("coins") ? Optional.of(data) : Optional.empty();
      }

      @Override
      public void display(MimeBundle bundle) {}
    };
    List<String> args = new ArrayList<>(c.method());
    args.addAll(List.of("--data", "coins"));
    PplError e = assertThrows(PplError.class,
        () -> new PplCellMagic(host, new NotebookRunner()).run(args, c.program()));
    return e.getMessage().replace("%%ppl cell", "PROGRAM").replace("notebook data.json", "DATA");
  }
}
