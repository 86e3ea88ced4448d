package org.ppl4j.runner.pfn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl4j.pfn.BarDistribution;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.PfnTrainConfig;
import org.ppl4j.pfn.PointPrediction;
import org.ppl4j.pfn.dt.DtFile;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.InferenceMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method pfn --net NET.pfn}: amortised inference with a prior-data fitted network
 * ("Transformers Can Do Bayesian Inference", Müller et al., ICLR 2022) trained by
 * {@code ppl pfn train} on the prior the program's model draws from. One forward pass with the
 * observed dataset as context gives a bar distribution. For a latent network its
 * {@code --samples} draws (default {@value #DEFAULT_SAMPLES}) are importance-corrected against
 * the program's own density ({@link LatentCorrection}: Pareto-smoothed weights, k̂, the log
 * evidence; tempered SMC when k̂ &gt; 0.7), or returned unweighted with {@code --raw} (or, with a
 * note, when the program does not observe the data); a network of {@code y} gives unweighted
 * draws of its predictive, without a log evidence.
 *
 * <p>The dataset is read by {@link ObservedDataset}: the data {@code x} and {@code y}, from the
 * program's data inputs of those names or else from the data file. The program is typically
 * the model whose prior the network was trained on (run by the correction), or that prior
 * program itself (not corrected: it does not observe the data).
 *
 * <p>The result is a record with one field named after the network's target, so that the
 * summary names the leaves after it whatever the program returns:
 * <ul>
 *   <li>a latent network (trained with {@code --target LATENT}): {@code {LATENT: draw}}, the
 *       leaf {@code LATENT} (e.g. {@code slope});
 *   <li>a network of {@code y}: the posterior predictive at the data {@code x_test}, which must
 *       be given, as {@code {y: [draw at x_test[0], ...]}}, the leaves {@code y[0]},
 *       {@code y[1]}, ...; the draws at different test points are independent (the network
 *       gives each point's marginal predictive, not their joint).
 * </ul>
 */
public final class PfnMethod implements InferenceMethod {

  /** Draws returned without {@code --samples}. */
  static final int DEFAULT_SAMPLES = 4000;

  @Override
  public String name() {
    return "pfn";
  }

  @Override
  public String description() {
    return "prior-data fitted network, corrected; --net --samples --raw";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.NET, MethodOption.SAMPLES, MethodOption.RAW);
  }

  @Override
  public Set<String> extraDataNames() {
    return new HashSet<>(ObservedDataset.NAMES);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    Path file = options.net().orElseThrow(() -> new UserError(
        "--method pfn needs a trained network: --net NET.pfn (from 'ppl pfn train')"));
    Pfn pfn = load(file);
    String net = String.valueOf(file.getFileName());
    int xDim = pfn.architecture().xDim();
    ObservedDataset data = ObservedDataset.of(problem, xDim, net);
    int samples = options.samples().orElse(DEFAULT_SAMPLES);
    List<String> notes = new ArrayList<>(pfn.ranges().map(r -> r.notes(data.x(), data.y(), net))
        .orElse(List.of("'" + net + "' is a version-1 network file without training ranges: "
            + "the range checks are skipped (train it again to get them)")));
    List<Value> draws = new ArrayList<>(samples);
    try {
      if (PfnTrainConfig.LABEL.equals(pfn.target())) {
        double[][] xTest = ObservedDataset.points(problem, "x_test", xDim, net);
        if (xTest.length == 0) {
          throw new UserError("data 'x_test' is empty: the network '" + net + "' predicts y "
              + "at the points of x_test");
        }
        List<BarDistribution> points = pfn.predict(data.x(), data.y(), xTest).points().stream()
            .map(PointPrediction::distribution).toList();
        for (int i = 0; i < samples; i++) {
          List<Value> ys = new ArrayList<>(points.size());
          for (BarDistribution p : points) {
            ys.add(new RealValue(p.sample(rng)));
          }
          draws.add(new RecordValue(Map.of(PfnTrainConfig.LABEL, new ArrayValue(ys))));
        }
        return Posterior.of(name(), Empirical.unweighted(draws))
            .withDiagnostics(Diagnostics.none().withNotes(notes));
      } else {
        BarDistribution posterior = pfn.predictLatent(data.x(), data.y()).distribution();
        String note = "--raw: the network's own draws, unchecked (their ESS counts draws of the"
            + " network, not of the posterior)";
        if (!options.raw()) {
          try {
            return LatentCorrection.of(name(), problem.model(), pfn.target(), posterior,
                Math.max(2, samples), notes, rng);
          } catch (LatentCorrection.Unsupported e) {
            note = "the network's posterior is not importance-corrected (" + e.getMessage()
                + "): these are the network's own draws, unchecked";
          }
        }
        for (int i = 0; i < samples; i++) {
          draws.add(new RecordValue(Map.of(pfn.target(), new RealValue(posterior.sample(rng)))));
        }
        notes.add(note);
        return Posterior.of(name(), Empirical.unweighted(draws))
            .withDiagnostics(Diagnostics.none().withNotes(notes));
      }
    } catch (IllegalArgumentException e) {
      throw new UserError("--method pfn: " + e.getMessage());
    }
  }

  /** Reads a {@code .pfn} network, naming a Distribution Transformer file as such. */
  static Pfn load(Path file) {
    if (startsWith(file, DtFile.MAGIC)) {
      throw new UserError("'" + file.getFileName() + "' is a Distribution Transformer network "
          + "(from 'ppl dt train'): use it with --method dt; --method pfn needs a .pfn file "
          + "from 'ppl pfn train'");
    }
    return PfnPredictCommand.load(file);
  }

  private static boolean startsWith(Path file, String magic) {
    byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(expected.length), expected);
    } catch (IOException e) {
      return false;
    }
  }
}
