package org.ppl4j.runner.dt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.pfn.dt.GmmFit;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * One problem for a Distribution Transformer (what {@code --method dt} and {@code ppl dt apply}
 * share): the program's prior as a Gaussian mixture, its observations (the data input named
 * {@value #OBSERVATION_INPUT}, or else its only array input; Bool values read as 0/1), the
 * notes of the training checks, and how a latent becomes the program's result.
 */
final class DtProblem {

  /** Forward draws of the program used to fit a prior not written as a normal mixture. */
  static final int PRIOR_DRAWS = 4000;

  /** The data input that holds the observations when there are several candidates. */
  static final String OBSERVATION_INPUT = "obs";

  private final InferenceProblem problem;
  private final Gmm prior;
  private final double[][] observations;
  private final boolean returnsArray;
  private final int latentDim;
  private final List<String> notes;

  private DtProblem(InferenceProblem problem, Gmm prior, double[][] observations,
      boolean returnsArray, int latentDim, List<String> notes) {
    this.problem = problem;
    this.prior = prior;
    this.observations = observations;
    this.returnsArray = returnsArray;
    this.latentDim = latentDim;
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads a network file.
   *
   * @throws UserError saying why it cannot be read
   */
  static DistributionTransformer load(Path file) {
    try {
      return DistributionTransformer.load(file);
    } catch (IOException e) {
      throw new UserError(e.getMessage().startsWith("'") ? e.getMessage()
          : "cannot read '" + file + "': " + e.getMessage());
    }
  }

  /**
   * The problem ready for the network: its prior as a mixture (as written when it is a normal
   * or a mixture of normals, else fitted to {@value #PRIOR_DRAWS} forward draws), its
   * observations, and the notes of {@link TrainingChecks}.
   *
   * @throws UserError for a program of another shape or a different likelihood
   */
  static DtProblem prepare(DistributionTransformer dt, String net, InferenceProblem problem,
      Rng rng) {
    int d = dt.architecture().latentDim();
    DataInput input = observationInput(problem);
    double[][] obs = observations(problem, input.name(), dt.architecture().observationDim());
    Optional<Gmm> written = d == 1 ? WrittenPrior.of(problem.model()).filter(
        g -> drawsItsLatent(problem, g.mean())) : Optional.empty();
    boolean returnsArray = false;
    Gmm prior;
    if (written.isPresent()) {
      prior = written.get();
      returnsArray = Sampler.draw(problem.model(), rng.split()) instanceof ArrayValue;
    } else {
      double[][] priorDraws = new double[PRIOR_DRAWS][];
      Rng priorRng = rng.split();
      for (int i = 0; i < PRIOR_DRAWS; i++) {
        Value v = Sampler.draw(problem.model(), priorRng);
        returnsArray = v instanceof ArrayValue;
        priorDraws[i] = latent(v, d, problem);
      }
      prior = GmmFit.bestByBic(priorDraws, dt.metaPrior().maxComponents(), rng.split());
    }
    try {
      TrainingChecks.requireSameLikelihood(dt, net, problem, input.name(), input.type());
    } catch (LatentJoint.Unsupported e) {
      // the importance correction names the reason
    }
    return new DtProblem(problem, prior, obs, returnsArray, d,
        TrainingChecks.notes(dt, net, prior, obs));
  }

  /**
   * The network's posteriors of {@code problems}, in one batched call per block of at most the
   * network's training count of observations (each posterior the prior of the next block).
   */
  static List<Gmm> updateAll(DistributionTransformer dt, List<DtProblem> problems) {
    List<Gmm> beliefs = new ArrayList<>();
    int longest = 0;
    for (DtProblem p : problems) {
      beliefs.add(p.prior);
      longest = Math.max(longest, p.observations.length);
    }
    int chunk = Math.max(1, dt.maxObservations());
    for (int from = 0; from < longest || from == 0; from += chunk) {
      List<Integer> which = new ArrayList<>();
      List<Gmm> priors = new ArrayList<>();
      List<double[][]> blocks = new ArrayList<>();
      for (int i = 0; i < problems.size(); i++) {
        double[][] obs = problems.get(i).observations;
        if (from < obs.length || from == 0) {
          which.add(i);
          priors.add(beliefs.get(i));
          blocks.add(Arrays.copyOfRange(obs, from, Math.min(obs.length, from + chunk)));
        }
      }
      List<Gmm> updated = dt.updateAll(priors, blocks);
      for (int j = 0; j < which.size(); j++) {
        beliefs.set(which.get(j), updated.get(j));
      }
    }
    return beliefs;
  }

  /**
   * The posterior reported for this problem given the network's {@code posterior}: {@code n}
   * draws of it as they are when {@code raw}, else importance-corrected draws of it mixed with
   * the prior ({@link CorrectedPosterior}).
   */
  Posterior<Value> posterior(String method, Gmm posterior, int n, boolean raw, Rng rng) {
    Function<double[], Value> value = x -> latentDim == 1 && !returnsArray
        ? new RealValue(x[0]) : ProgramLikelihoods.reals(x);
    if (raw) {
      List<double[]> draws = new ArrayList<>(n);
      Rng drawRng = rng.split();
      for (int i = 0; i < n; i++) {
        draws.add(posterior.sample(drawRng));
      }
      return CorrectedPosterior.raw(method, draws, value, notes);
    }
    return CorrectedPosterior.of(method, problem.model(), posterior, prior, n, value, notes,
        rng);
  }

  /** The prior as the network reads it. */
  Gmm prior() {
    return prior;
  }

  /** The notes of the training checks. */
  List<String> notes() {
    return notes;
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
