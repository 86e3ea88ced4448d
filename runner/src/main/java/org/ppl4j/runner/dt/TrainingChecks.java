package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.pfn.dt.GmmMetaPrior;
import org.ppl4j.pfn.dt.LikelihoodProbe;
import org.ppl4j.pfn.dt.TrainingRanges;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Whether a Distribution Transformer is used as it was trained: the prior's components within
 * the meta-prior's ranges of means and scales, no more observations per update than training
 * had, observation values within the ranges seen in training (each a note: the run goes on,
 * the importance correction checks the rest), and the model's likelihood the training one
 * (refused otherwise: the program's log-likelihood changes between the probed latents must
 * equal those the training likelihood gave on the same data, {@link LikelihoodProbe}).
 */
final class TrainingChecks {

  /** Relative tolerance of a log-likelihood change (floating-point rounding only). */
  static final double CHANGE_TOLERANCE = 1e-6;

  private TrainingChecks() {}

  /** The notes on {@code prior} and {@code observations} against what {@code dt} saw. */
  static List<String> notes(DistributionTransformer dt, String net, Gmm prior,
      double[][] observations) {
    List<String> notes = new ArrayList<>();
    GmmMetaPrior meta = dt.metaPrior();
    for (int c = 0; c < prior.components(); c++) {
      double[] mean = prior.mean(c);
      double[][] cov = prior.covariance(c);
      for (int i = 0; i < mean.length; i++) {
        double sd = Math.sqrt(cov[i][i]);
        boolean meanOut = mean[i] < meta.meanLow() || mean[i] > meta.meanHigh();
        boolean scaleOut = sd < meta.minScale() || sd > meta.maxScale();
        if (meanOut || scaleOut) {
          notes.add(String.format(Locale.ROOT, "the prior (component mean %.4g, sd %.4g) lies "
              + "outside what '%s' was trained on (means in [%s, %s], scales in [%s, %s]): its "
              + "posterior is extrapolated", mean[i], sd, net, meta.meanLow(), meta.meanHigh(),
              meta.minScale(), meta.maxScale()));
          c = prior.components();
          break;
        }
      }
    }
    if (observations.length > Math.max(1, dt.maxObservations())) {
      notes.add(observations.length + " observations, '" + net + "' was trained on at most "
          + dt.maxObservations() + " per update: they are fed in batches, each posterior the "
          + "next prior");
    }
    if (dt.ranges().isEmpty()) {
      notes.add("'" + net + "' is a version-1 network file without training ranges: the "
          + "observation-range and likelihood checks are skipped (train it again to get them)");
      return notes;
    }
    TrainingRanges ranges = dt.ranges().get();
    double[] low = ranges.observationLow();
    double[] high = ranges.observationHigh();
    for (int r = 0; r < observations.length; r++) {
      for (int i = 0; i < observations[r].length && i < low.length; i++) {
        double v = observations[r][i];
        if (v < low[i] || v > high[i]) {
          notes.add(String.format(Locale.ROOT, "observation %d has the value %.6g, outside the "
              + "range [%.4g, %.4g] seen in training '%s': its posterior is extrapolated", r,
              v, low[i], high[i], net));
          return notes;
        }
      }
    }
    return notes;
  }

  /**
   * Refuses a model whose likelihood differs from the one {@code dt} was trained on.
   *
   * @param input the data input holding the observations, and its declared type
   * @throws UserError naming the training likelihood and the first probe that disagrees
   * @throws LatentJoint.Unsupported when the program's density cannot be computed
   */
  static void requireSameLikelihood(DistributionTransformer dt, String net,
      InferenceProblem problem, String input, PplType type) throws LatentJoint.Unsupported {
    if (dt.ranges().isEmpty()) {
      return;
    }
    TrainingRanges ranges = dt.ranges().get();
    Model<Value> none = null; // the program without observations: one model for every probe
    for (LikelihoodProbe probe : ranges.probes()) {
      double[][] latents = probe.latents();
      double[] changes = probe.logLikelihoodChanges();
      Value data = typed(probe.observations(), type);
      if (data == null) {
        throw new UserError(problem.program().fileName() + ": its likelihood is not the one '"
            + net + "' was trained on ('" + ranges.likelihoodName() + "'): that likelihood's "
            + "observations (e.g. " + java.util.Arrays.toString(probe.observations()[0])
            + ") are not values of '" + input + " : " + type + "'");
      }
      if (none == null) {
        none = problem.program().model(with(problem, input, new ArrayValue(List.of())));
      }
      Model<Value> observed = problem.program().model(with(problem, input, data));
      double base = Double.NaN;
      for (int j = 0; j < latents.length; j++) {
        double log = LatentJoint.logJoint(observed, latents[j])
            - LatentJoint.logJoint(none, latents[j]);
        if (j == 0) {
          base = log;
        }
        double change = log - base;
        if (!(Math.abs(change - changes[j]) <= CHANGE_TOLERANCE * (1 + Math.abs(changes[j])))) {
          throw new UserError(problem.program().fileName() + ": its likelihood is not the one '"
              + net + "' was trained on ('" + ranges.likelihoodName() + "', sha256 "
              + ranges.likelihoodHash().substring(0, 12) + "): on data drawn from that "
              + "likelihood, log p(" + input + " | theta) changes by "
              + String.format(Locale.ROOT, "%.6g", change) + " between two latents where the "
              + "training likelihood changes by " + String.format(Locale.ROOT, "%.6g",
                  changes[j]) + "; train a network on this model's likelihood");
        }
      }
    }
  }

  private static Map<String, Value> with(InferenceProblem problem, String input, Value v) {
    Map<String, Value> data = new HashMap<>(problem.data());
    data.put(input, v);
    return data;
  }

  /** The rows as a value of the input's declared type, or null when they do not fit it. */
  private static Value typed(double[][] rows, PplType type) {
    if (!(type instanceof PplType.ArrayType array)) {
      return null;
    }
    PplType element = array.element();
    List<Value> out = new ArrayList<>(rows.length);
    for (double[] row : rows) {
      Value v = element instanceof PplType.ArrayType inner ? rowValue(row, inner.element())
          : row.length == 1 ? scalar(row[0], element) : null;
      if (v == null) {
        return null;
      }
      out.add(v);
    }
    return new ArrayValue(out);
  }

  private static Value rowValue(double[] row, PplType element) {
    List<Value> out = new ArrayList<>(row.length);
    for (double x : row) {
      Value v = scalar(x, element);
      if (v == null) {
        return null;
      }
      out.add(v);
    }
    return new ArrayValue(out);
  }

  private static Value scalar(double x, PplType type) {
    if (type.equals(PplType.REAL)) {
      return new RealValue(x);
    } else if (type.equals(PplType.INT) && x == Math.rint(x)) {
      return new IntValue((long) x);
    } else if (type.equals(PplType.BOOL) && (x == 0 || x == 1)) {
      return new BoolValue(x == 1);
    }
    return null;
  }
}
