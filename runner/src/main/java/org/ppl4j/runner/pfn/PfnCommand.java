package org.ppl4j.runner.pfn;

import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ppl pfn}: train a prior-data fitted network on a {@code .ppl} prior, and predict with
 * one (Müller et al., "Transformers Can Do Bayesian Inference", ICLR 2022).
 */
@Command(name = "pfn", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Train and use prior-data fitted networks (amortised inference).",
    footer = {"", "Examples:",
        "  ppl pfn train examples/pfn/gp_prior.ppl --out gp.pfn --steps 2000 --seed 1",
        "  ppl pfn predict gp.pfn --data points.json --format json"})
public final class PfnCommand implements Runnable {

  @Spec CommandSpec spec;

  /** The {@code pfn} command line with its {@code train} and {@code predict} subcommands. */
  public static CommandLine commandLine(CommandContext context) {
    CommandLine line = new CommandLine(new PfnCommand());
    line.addSubcommand(new PfnTrainCommand(context));
    line.addSubcommand(new PfnPredictCommand(context));
    return line;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "missing command: use 'ppl pfn train PRIOR.ppl --out NET.pfn' or "
            + "'ppl pfn predict NET.pfn --data D.json'");
  }
}
