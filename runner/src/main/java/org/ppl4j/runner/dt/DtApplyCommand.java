package org.ppl4j.runner.dt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.diagnostics.RunWarnings;
import org.ppl4j.inference.diagnostics.Warning;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.ExitCode;
import org.ppl4j.runner.cli.TrainingOptions;
import org.ppl4j.runner.cli.VersionProvider;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;
import org.ppl4j.semantics.value.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl dt apply MODEL.ppl --net NET.dt --data A.json --data B.json ...} (or
 * {@code --data DIR}, every {@code .json} and {@code .csv} in it, in name order): the network
 * applied to many data sets of one model in one batched call, as fast per problem as the Java
 * API. For each data set it prints, as one JSON document, the prior and the network's posterior
 * mixtures (weights, means, covariances) and the reported posterior's mean and sd per
 * coordinate: importance-corrected ({@link CorrectedPosterior}, with k̂, ESS and log evidence)
 * unless {@code --raw}, with its warnings.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Apply a Distribution Transformer to one model and many data sets (batched); "
        + "print the prior, the network's posterior mixture and the corrected posterior as JSON.")
final class DtApplyCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final CommandContext context;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The .ppl model.")
  Path model;

  @Option(names = "--net", required = true, paramLabel = "NET.dt", description = "The network.")
  Path net;

  @Option(names = "--data", required = true, paramLabel = "FILE|DIR",
      description = "A data file, or a folder of them; repeat for several.")
  List<Path> data;

  @Option(names = "--samples", defaultValue = "4000",
      description = "Draws per problem for the correction (${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--raw", description = "The network's own posterior, no correction.")
  boolean raw;

  DtApplyCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (samples < 2) {
      throw new UserError("--samples must be at least 2, got " + samples);
    }
    Program program = new TrainingOptions(1).compile(model, context);
    DistributionTransformer dt = DtProblem.load(net);
    String netName = net.getFileName().toString();
    List<Path> files = dataFiles();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    List<java.util.Map<String, Value>> data = new ArrayList<>();
    for (Path file : files) {
      data.add(DataLoader.load(program.dataInputs(), Optional.of(file)).values());
    }
    List<DtBatch.Answer> answers = DtBatch.apply(program, dt, netName, data, samples, raw, seed);
    ObjectNode root = JSON.createObjectNode();
    root.put("net", netName);
    ArrayNode results = root.putArray("problems");
    for (int i = 0; i < files.size(); i++) {
      DtBatch.Answer answer = answers.get(i);
      ObjectNode node = results.addObject();
      node.put("data", files.get(i).toString());
      MixtureJson.put(node.putObject("prior"), answer.prior());
      MixtureJson.put(node.putObject("network_posterior"), answer.networkPosterior());
      Posterior<Value> posterior = answer.posterior();
      java.util.Map<String, Summary> summary = DrawSummary.of(posterior, program.resultName());
      ObjectNode leaves = node.putObject("summary");
      summary.forEach((leaf, s) -> leaves.putObject(leaf).put("mean", s.mean())
          .put("sd", s.sd()).put("q05", s.q05()).put("q50", s.q50()).put("q95", s.q95())
          .put("ess", s.ess().orElse(Double.NaN)));
      posterior.diagnostics().paretoK().ifPresent(k -> node.put("pareto_k", k));
      posterior.logEvidence().ifPresent(z -> node.put("log_evidence", z));
      ArrayNode warnings = node.putArray("warnings");
      RunWarnings.of(posterior, summary).stream().map(Warning::message).forEach(warnings::add);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    root.put("time_s", seconds);
    root.put("ms_per_problem", 1000 * seconds / files.size());
    long cpu = processCpuNanos() - cpuStart;
    if (cpuStart >= 0 && cpu >= 0) {
      root.put("cpu_ms_per_problem", cpu / 1e6 / files.size());
    }
    try {
      context.out().print(JSON.writeValueAsString(root) + System.lineSeparator());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree of numbers and strings", e);
    }
    context.out().flush();
    return ExitCode.OK;
  }

  /**
   * The CPU time of the whole process so far (every thread: the network's workers, the JIT
   * compiler, the collector), or -1 where the JVM does not say: on a shared machine a fairer
   * measure than the wall clock.
   */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() : -1;
  }

  private List<Path> dataFiles() {
    List<Path> files = new ArrayList<>();
    for (Path p : data) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> listing = Files.list(p)) {
          listing.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".csv"))
              .sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UserError("cannot list '" + p + "': " + e.getMessage());
        }
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new UserError("--data names no data file (a folder is read for .json and .csv)");
    }
    return files;
  }
}
