package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's structure, usage errors and exit codes (LANGUAGE.md §7–8, STYLE.md). */
class PplCommandTest {
  @TempDir Path dir;

  private String file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void helpListsCommandsOptionsAndMethods() {
    Cli top = new Cli().run("--help");
    assertEquals(0, top.exitCode);
    assertTrue(top.out.toString().contains("run"), top.out.toString());
    assertTrue(top.out.toString().contains("check"));
    Cli run = new Cli().run("run", "--help");
    assertEquals(0, run.exitCode);
    for (String flag : new String[] {"--data", "--method", "--particles", "--resampler",
        "--ess-threshold", "--samples", "--warmup", "--chains", "--mcmc-steps", "--seed",
        "--format", "--draws", "--plot", "--net", "--quiet", "--debug", "--proposal"}) {
      assertTrue(run.out.toString().contains(flag), "run --help lacks " + flag);
    }
    assertTrue(run.out.toString().contains("fake"), "methods are listed");
    assertTrue(run.out.toString().replaceAll("\\s+", " ")
        .contains("multinomial, systematic, stratified, residual"), run.out.toString());
  }

  @Test
  void aCommandBuiltAloneBehavesAsInTheFullCommandLine() {
    // Main builds only the subcommand its first argument names (start-up); its help, a usage
    // error and a run must read exactly as with every subcommand built
    assertEquals(List.of("run", "check", "compare", "pfn", "dt", "kernel", "help"),
        PplCommand.subcommandNames());
    for (String name : PplCommand.subcommandNames()) {
      for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "--bogus"})) {
        Cli alone = new Cli().run(args);
        Cli full = new Cli().withEverySubcommand().run(args);
        assertEquals(full.exitCode, alone.exitCode, String.join(" ", args));
        assertEquals(full.out.toString(), alone.out.toString(), String.join(" ", args));
        assertEquals(full.err.toString(), alone.err.toString(), String.join(" ", args));
      }
    }
    Cli misspelt = new Cli().run("rnu", "x.ppl");
    assertEquals(2, misspelt.exitCode);
    assertEquals(new Cli().withEverySubcommand().run("rnu", "x.ppl").err.toString(),
        misspelt.err.toString());
  }

  @Test
  void eachSubcommandIsRegisteredUnderItsOwnName() {
    CommandContext context = new CommandContext(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()), false, Cli::compile, org.ppl4j.runner.method.StandardMethods.registry(), () -> 0L, () -> 42L);
    List<Object> commands = PplCommand.subcommands(context);
    for (int i = 0; i < commands.size(); i++) {
      Object command = commands.get(i);
      picocli.CommandLine line = command instanceof picocli.CommandLine c ? c
          : new picocli.CommandLine(command);
      assertEquals(PplCommand.subcommandNames().get(i), line.getCommandName());
    }
  }

  @Test
  void versionPrintsTheProjectAndJavaVersions() {
    Cli v = new Cli().run("--version");
    assertEquals(0, v.exitCode);
    assertTrue(v.out.toString().startsWith("ppl "), v.out.toString());
    // the version of the JVM that runs the command, and its name: what the test itself runs on
    assertTrue(v.out.toString().contains("Java " + System.getProperty("java.version") + " ("
        + System.getProperty("java.vm.name") + ")"), v.out.toString());
  }

  @Test
  void everySubcommandThatOffersVersionPrintsIt() {
    // their --help lists "-V, --version"; it printed nothing before they had a version provider
    for (String[] command : List.of(new String[] {"pfn", "-V"}, new String[] {"pfn", "train", "-V"},
        new String[] {"pfn", "predict", "-V"}, new String[] {"dt", "-V"},
        new String[] {"dt", "train", "-V"})) {
      Cli v = new Cli().run(command);
      assertEquals(0, v.exitCode, String.join(" ", command));
      assertTrue(v.out.toString().startsWith("ppl "), String.join(" ", command) + ": " + v.out);
    }
  }

  @Test
  void noCommandAndUnknownOptionsAreUsageErrors() {
    Cli none = new Cli().run();
    assertEquals(ExitCode.USAGE, none.exitCode);
    assertTrue(none.err.toString().startsWith("ppl: error: missing command"), none.err.toString());
    Cli unknown = new Cli().run("run", "m.ppl", "--particels", "10");
    assertEquals(ExitCode.USAGE, unknown.exitCode);
    assertTrue(unknown.err.toString().contains("--particels"), unknown.err.toString());
    assertTrue(unknown.err.toString().contains("Try 'ppl run --help'"), unknown.err.toString());
  }

  @Test
  void unknownMethodListsTheKnownOnes() throws Exception {
    Cli c = new Cli().run("run", file("m.ppl", "return 1"), "--method", "smcc");
    assertEquals(ExitCode.USAGE, c.exitCode);
    assertTrue(c.err.toString().startsWith("ppl: error: unknown method 'smcc'; the methods are: "
        + "fake, enumerate, rejection, forward"), c.err.toString());
    Cli typo = new Cli().run("run", file("m.ppl", "return 1"), "--method", "enumrate");
    assertTrue(typo.err.toString().startsWith("ppl: error: unknown method 'enumrate' (did you "
        + "mean 'enumerate'?); the methods are: "), typo.err.toString());
  }

  @Test
  void badOptionValuesAreUsageErrorsNamingTheFlag() throws Exception {
    String m = file("m.ppl", "return 1");
    String[][] cases = {
        {"--particles", "0", "--particles must be at least 1, got 0"},
        {"--chains", "0", "--chains must be at least 1, got 0"},
        {"--warmup", "-1", "--warmup must be at least 0, got -1"},
        {"--ess-threshold", "1.5", "--ess-threshold must be between 0 and 1"},
        {"--resampler", "sytematic", "--resampler"},
        {"--format", "xml", "--format"},
        {"--particles", "many", "--particles"},
    };
    for (String[] c : cases) {
      Cli cli = new Cli().run("run", m, c[0], c[1]);
      assertEquals(ExitCode.USAGE, cli.exitCode, c[0] + " " + c[1]);
      assertTrue(cli.err.toString().contains(c[2]), cli.err.toString());
    }
  }

  @Test
  void optionsReachTheMethodAndUnreadOnesWarn() throws Exception {
    Cli c = new Cli().run("run", file("m.ppl", "return 1"), "--method", "fake",
        "--particles", "500", "--chains", "3", "--resampler", "Residual");
    assertEquals(500, c.method.lastOptions.particles().getAsInt());
    assertEquals(3, c.method.lastOptions.chains().getAsInt());
    assertTrue(c.err.toString().contains("warning: method 'fake' does not use --chains (ignored)"),
        c.err.toString());
    assertTrue(c.err.toString().contains("does not use --resampler"), c.err.toString());
  }

  @Test
  void compileErrorIsRenderedWithLineAndCaretExitOne() throws Exception {
    String m = file("m.ppl", "let x = BAD + 1\nreturn x\n");
    for (String command : new String[] {"run", "check"}) {
      Cli c = new Cli().run(command, m);
      assertEquals(ExitCode.USER_ERROR, c.exitCode);
      assertEquals(m + ":1:9: error: unknown name 'BAD'\n"
          + "    let x = BAD + 1\n"
          + "            ^^^\n", c.err.toString().replace(System.lineSeparator(), "\n"));
      assertEquals("", c.out.toString());
    }
  }

  @Test
  void dataErrorPointsAtTheDeclaration() throws Exception {
    String m = file("coin.ppl", "data flips : Bool[]\nreturn 1\n");
    String data = file("flips.json", "{\"flips\": [true, 2]}");
    Cli c = new Cli().run("check", m, "--data", data);
    assertEquals(ExitCode.USER_ERROR, c.exitCode);
    assertEquals(m + ":1:6: error: data 'flips' should be Bool[], found a number at flips[1]"
        + " in '" + data + "'\n"
        + "    data flips : Bool[]\n"
        + "         ^^^^^\n", c.err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void checkOkAndWarnsAboutUndeclaredData() throws Exception {
    String m = file("coin.ppl", "data flips : Bool[]\nreturn 1\n");
    String data = file("flips.csv", "flips,other\ntrue,1\n");
    Cli c = new Cli().run("check", m, "--data", data);
    assertEquals(0, c.exitCode, c.err.toString());
    assertEquals(m + ": ok", c.out.toString().strip());
    assertTrue(c.err.toString().contains("warning: 'other'"), c.err.toString());
  }

  @Test
  void missingProgramFileIsAUserError() {
    Cli c = new Cli().run("check", dir.resolve("nope.ppl").toString());
    assertEquals(ExitCode.USER_ERROR, c.exitCode);
    assertEquals("ppl: error: cannot read '" + dir.resolve("nope.ppl") + "': no such file",
        c.err.toString().strip());
  }

  @Test
  void internalErrorsExit70WithoutStackTraceUnlessDebug() throws Exception {
    String m = file("m.ppl", "CRASH\n");
    Cli plain = new Cli().run("check", m);
    assertEquals(ExitCode.INTERNAL, plain.exitCode);
    assertTrue(plain.err.toString().contains("please report"), plain.err.toString());
    assertFalse(plain.err.toString().contains("\tat "), "no stack trace without --debug");
    Cli debug = new Cli().run("check", m, "--debug");
    assertEquals(ExitCode.INTERNAL, debug.exitCode);
    assertTrue(debug.err.toString().contains("\tat "), "stack trace with --debug");
  }
}
