package org.ppl4j.runner.pfn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.PfnFile;
import org.ppl4j.pfn.PointPrediction;
import org.ppl4j.pfn.Prediction;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.ExitCode;
import org.ppl4j.runner.cli.VersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl pfn predict NET.pfn --data D.json}: the posterior predictive at each test point (or,
 * for a latent network, the latent's posterior) in one forward pass.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Predict with a trained PFN; D.json holds x_train, y_train, x_test and "
        + "optionally y_test (then mean_nll is reported).")
final class PfnPredictCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { table, json }

  private final CommandContext context;

  @Parameters(index = "0", paramLabel = "NET.pfn", description = "A network from 'ppl pfn train'.")
  Path net;

  @Option(names = "--data", required = true, paramLabel = "D.json", description = "The points.")
  Path data;

  @Option(names = "--format", defaultValue = "table", description = "table or json (${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--debug", description = "On an internal error, print the Java stack trace.")
  boolean debug;

  @Mixin
  DeviceOption device;

  PfnPredictCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Pfn pfn = load(net);
    Backend backend = device.backend(context);
    if (!backend.name().equals(pfn.backend().name())) {
      pfn = load(net, backend);
    }
    PredictionData d = PredictionData.read(data);
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("target", pfn.target());
    json.put("n_train", d.xTrain().length);
    try {
      if (pfn.target().equals("y")) {
        Prediction p = pfn.predict(d.xTrain(), d.yTrain(), d.xTest());
        ArrayNode points = json.putArray("points");
        for (int i = 0; i < d.xTest().length; i++) {
          ObjectNode o = summary(points.addObject(), p.points().get(i));
          ArrayNode x = o.putArray("x");
          for (double v : d.xTest()[i]) {
            x.add(v);
          }
        }
        d.yTest().ifPresent(y -> json.put("mean_nll", p.meanNll(y)));
        if (format == Format.table) {
          printTable(d, p);
        }
      } else {
        PointPrediction latent = pfn.predictLatent(d.xTrain(), d.yTrain());
        summary(json.putObject("posterior"), latent);
        if (format == Format.table) {
          context.out().printf("posterior of '%s' given %d points:%n%s%n", pfn.target(),
              d.xTrain().length, row(List.of("mean", "sd", "q05", "q50", "q95")));
          context.out().println(row(List.of(num(latent.mean()), num(latent.sd()),
              num(latent.q05()), num(latent.q50()), num(latent.q95()))));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(data + ": " + e.getMessage());
    }
    if (format == Format.json) {
      context.out().println(json.toPrettyString());
    }
    context.out().flush();
    return ExitCode.OK;
  }

  static Pfn load(Path file) {
    try {
      return Pfn.load(file);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Reads a network onto {@code backend} (after {@link #load(Path)} has checked the file). */
  static Pfn load(Path file, Backend backend) {
    try {
      return PfnFile.read(file, backend);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static ObjectNode summary(ObjectNode o, PointPrediction p) {
    o.put("mean", p.mean());
    o.put("sd", p.sd());
    o.put("q05", p.q05());
    o.put("q50", p.q50());
    o.put("q95", p.q95());
    return o;
  }

  private void printTable(PredictionData d, Prediction p) {
    context.out().println(row(List.of("x", "mean", "sd", "q05", "q50", "q95")));
    for (int i = 0; i < d.xTest().length; i++) {
      PointPrediction q = p.points().get(i);
      String x = d.xTest()[i].length == 1 ? num(d.xTest()[i][0])
          : java.util.Arrays.toString(d.xTest()[i]);
      context.out().println(row(List.of(x, num(q.mean()), num(q.sd()), num(q.q05()),
          num(q.q50()), num(q.q95()))));
    }
    d.yTest().ifPresent(y -> context.out().printf("mean_nll %.4f (%d test points)%n",
        p.meanNll(y), y.length));
  }

  private static String num(double v) {
    return String.format("%.4f", v);
  }

  private static String row(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      b.append(String.format("%10s ", c));
    }
    return b.toString().stripTrailing();
  }
}
