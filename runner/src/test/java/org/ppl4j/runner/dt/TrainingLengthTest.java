package org.ppl4j.runner.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.TrainingOptions;
import org.ppl4j.runner.method.StandardMethods;
import picocli.CommandLine;

/**
 * {@code --minutes} alone sets the training length (issue 24): the step count is then
 * unbounded and the time limit ends training; {@code --steps} given with it still bounds it;
 * neither gives the command's default of 5,000.
 */
class TrainingLengthTest {

  private static int steps(String... args) {
    CommandContext context = new CommandContext(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), false, PplCompiler::compile,
        StandardMethods.registry(), System::nanoTime, () -> 5L);
    DtTrainCommand command = new DtTrainCommand(context);
    new CommandLine(command).parseArgs(args);
    return command.training.steps();
  }

  @Test
  void minutesAloneLeavesTheStepsUnbounded() {
    assertEquals(TrainingOptions.UNBOUNDED_STEPS, steps("l.ppl", "--out", "n.dt", "--minutes",
        "6"));
    assertEquals(300, steps("l.ppl", "--out", "n.dt", "--minutes", "6", "--steps", "300"));
    assertEquals(5000, steps("l.ppl", "--out", "n.dt"));
    assertEquals(5000, steps("l.ppl", "--out", "n.dt", "--steps", "5000", "--minutes", "1"));
  }
}
