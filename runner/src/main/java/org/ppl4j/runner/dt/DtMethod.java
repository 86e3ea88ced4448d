package org.ppl4j.runner.dt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.pfn.dt.GmmFit;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.InferenceMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method dt --net NET.dt}: amortised inference with a Distribution Transformer.
 *
 * <p>Expected program shape: it returns the latent ({@code Real}, or {@code Real[]} of the
 * network's dimension); its prior is whatever the program draws before its {@code observe}s
 * (e.g. {@code theta ~ normal(0, 2)}, or a mixture via {@code categorical} then {@code normal});
 * its observations are the data input named {@code obs}, or else its only {@code Real[]} or
 * {@code Real[][]} input; its likelihood must be the one the network was trained on. The prior is turned into a Gaussian mixture by fitting (EM, components
 * chosen by BIC up to the network's largest) to {@value #PRIOR_DRAWS} forward draws of the
 * program with its scores ignored. Observations are fed in batches of at most the network's
 * training maximum, each posterior the prior of the next batch. {@code --samples} draws
 * (default 4,000) of the posterior mixture are importance-corrected against the program's own
 * joint density ({@link CorrectedPosterior}: Pareto-smoothed weights, k̂, the log evidence;
 * tempered SMC when k̂ &gt; 0.7), or returned as they are with {@code --raw}.
 */
public final class DtMethod implements InferenceMethod {

  /** Forward draws of the program used to fit its prior. */
  static final int PRIOR_DRAWS = 4000;

  /** The data input that holds the observations when there are several candidates. */
  static final String OBSERVATION_INPUT = "obs";

  @Override
  public String name() {
    return "dt";
  }

  @Override
  public String description() {
    return "Distribution Transformer, corrected; --net --samples --raw";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.NET, MethodOption.SAMPLES, MethodOption.RAW);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    Path file = options.net().orElseThrow(() -> new UserError(
        "--method dt needs a trained network: --net NET.dt (from 'ppl dt train')"));
    DistributionTransformer dt;
    try {
      dt = DistributionTransformer.load(file);
    } catch (IOException e) {
      throw new UserError(e.getMessage().startsWith("'") ? e.getMessage()
          : "cannot read '" + file + "': " + e.getMessage());
    }
    int d = dt.architecture().latentDim();
    String net = file.getFileName().toString();
    DataInput input = observationInput(problem);
    double[][] obs = observations(problem, input.name(), dt.architecture().observationDim());
    Optional<Gmm> written = d == 1 ? WrittenPrior.of(problem.model()).filter(
        g -> drawsItsLatent(problem, g.mean())) : Optional.empty();
    boolean returnsArray = false;
    Gmm belief;
    if (written.isPresent()) {
      belief = written.get();
      returnsArray = Sampler.draw(problem.model(), rng.split()) instanceof ArrayValue;
    } else {
      double[][] priorDraws = new double[PRIOR_DRAWS][];
      Rng priorRng = rng.split();
      for (int i = 0; i < PRIOR_DRAWS; i++) {
        Value v = Sampler.draw(problem.model(), priorRng);
        returnsArray = v instanceof ArrayValue;
        priorDraws[i] = latent(v, d, problem);
      }
      belief = GmmFit.bestByBic(priorDraws, dt.metaPrior().maxComponents(), rng.split());
    }
    try {
      TrainingChecks.requireSameLikelihood(dt, net, problem, input.name(), input.type());
    } catch (LatentJoint.Unsupported e) {
      // the importance correction names the reason below
    }
    List<String> notes = new ArrayList<>(TrainingChecks.notes(dt, net, belief, obs));
    int chunk = Math.max(1, dt.maxObservations());
    for (int from = 0; from < obs.length || from == 0; from += chunk) {
      belief = dt.update(belief, Arrays.copyOfRange(obs, from, Math.min(obs.length,
          from + chunk)));
    }
    int samples = Math.max(2, options.samples().orElse(4000));
    List<double[]> draws = new ArrayList<>(samples);
    Rng drawRng = rng.split();
    for (int i = 0; i < samples; i++) {
      draws.add(belief.sample(drawRng));
    }
    boolean array = returnsArray;
    Function<double[], Value> value = x -> d == 1 && !array ? new RealValue(x[0])
        : ProgramLikelihoods.reals(x);
    if (options.raw()) {
      return CorrectedPosterior.raw(name(), draws, value, notes);
    }
    Gmm proposal = belief;
    return CorrectedPosterior.of(name(), problem.model(), draws, proposal::logDensity, value,
        notes, rng.split());
  }

  /** Whether the program's result is the latent it draws (checked at one point). */
  private static boolean drawsItsLatent(InferenceProblem problem, double[] point) {
    try {
      LatentJoint.logJoint(problem.model(), point);
      return true;
    } catch (LatentJoint.Unsupported e) {
      return false;
    }
  }

  private static double[] latent(Value v, int d, InferenceProblem problem) {
    if (v instanceof RealValue r && d == 1) {
      return new double[] {r.value()};
    } else if (v instanceof IntValue i && d == 1) {
      return new double[] {i.value()};
    } else if (v instanceof ArrayValue a && a.elements().size() == d) {
      double[] x = new double[d];
      for (int j = 0; j < d; j++) {
        x[j] = latent(a.elements().get(j), 1, problem)[0];
      }
      return x;
    }
    throw new UserError(problem.program().fileName() + ": --method dt needs the program to "
        + "return its latent, a Real" + (d == 1 ? "" : "[] of " + d + " values")
        + " (the network's dimension); it returned a " + v.typeName());
  }

  private static DataInput observationInput(InferenceProblem problem) {
    List<DataInput> candidates = new ArrayList<>();
    for (DataInput input : problem.program().dataInputs()) {
      boolean array = input.type() instanceof PplType.ArrayType;
      if (input.name().equals(OBSERVATION_INPUT)) {
        candidates = List.of(input);
        break;
      }
      if (array && problem.data().containsKey(input.name())) {
        candidates.add(input);
      }
    }
    if (candidates.size() != 1) {
      throw new UserError(problem.program().fileName() + ": --method dt takes the observations "
          + "from the data input 'obs', or from the only array input; found "
          + (candidates.isEmpty() ? "none" : candidates.stream().map(DataInput::name).toList()));
    }
    return candidates.get(0);
  }

  private static double[][] observations(InferenceProblem problem, String name, int dim) {
    Value v = problem.data().get(name);
    if (!(v instanceof ArrayValue a)) {
      throw new UserError("the observations '" + name + "' must be an array");
    }
    double[][] rows = new double[a.elements().size()][];
    for (int i = 0; i < rows.length; i++) {
      Value e = a.elements().get(i);
      rows[i] = e instanceof ArrayValue row ? latentRow(row, name, i)
          : new double[] {real(e, name + "[" + i + "]")};
      if (rows[i].length != dim) {
        throw new UserError("observation " + name + "[" + i + "] has " + rows[i].length
            + " values, the network was trained on " + dim);
      }
    }
    return rows;
  }

  private static double[] latentRow(ArrayValue row, String name, int i) {
    double[] x = new double[row.elements().size()];
    for (int j = 0; j < x.length; j++) {
      x[j] = real(row.elements().get(j), name + "[" + i + "][" + j + "]");
    }
    return x;
  }

  private static double real(Value v, String name) {
    if (v instanceof RealValue r) {
      return r.value();
    } else if (v instanceof IntValue i) {
      return i.value();
    } else if (v instanceof BoolValue b) {
      return b.value() ? 1 : 0;
    }
    throw new UserError("observation " + name + " must be a number (or a Bool, read as 0/1), "
        + "found a " + v.typeName());
  }
}
