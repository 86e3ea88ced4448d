package org.ppl4j.runner.dt;

import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ppl dt}: train a Distribution Transformer on a {@code .ppl} likelihood (Whittle et al.,
 * "Distribution Transformers", 2025); use it with {@code ppl run MODEL.ppl --method dt --net
 * NET.dt}.
 */
@Command(name = "dt", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Train Distribution Transformers: Gaussian-mixture prior + data -> posterior.",
    footer = {"", "Examples:",
        "  ppl dt train examples/dt/gaussian_mean.ppl --out mean.dt --steps 5000 --seed 1",
        "  ppl run examples/dt/gaussian_mean_model.ppl \\",
        "      --data examples/dt/gaussian_mean.json --method dt --net mean.dt",
        "  ppl dt apply examples/dt/gaussian_mean_model.ppl --net mean.dt --data DIR"})
public final class DtCommand implements Runnable {

  @Spec CommandSpec spec;

  /** The {@code dt} command line with its {@code train} and {@code apply} subcommands. */
  public static CommandLine commandLine(CommandContext context) {
    CommandLine line = new CommandLine(new DtCommand());
    line.addSubcommand(new DtTrainCommand(context));
    line.addSubcommand(new DtApplyCommand(context));
    return line;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "missing command: use 'ppl dt train LIKELIHOOD.ppl --out NET.dt'");
  }
}
