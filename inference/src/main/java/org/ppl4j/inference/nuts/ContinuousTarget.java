package org.ppl4j.inference.nuts;

import java.util.List;
import java.util.function.Function;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;

/**
 * A {@link NutsTarget} made from any {@link Model} whose choices are continuous reals (a Java
 * DSL {@code Model<Double>}, say): each draw takes its next unconstrained coordinate and maps
 * it into the distribution's support (identity on the real line, {@code l + exp(u)} above a
 * lower bound, a scaled logistic on an interval: Stan's transforms), adding the log density
 * there and the log Jacobian; each score adds its log weight. The model is interpreted by a
 * {@link Handler}, so the same value that SMC or MH takes runs here.
 *
 * <p>A DSL model computes its scores in Java {@code double}s, out of reach of automatic
 * differentiation, so the gradient is by central differences (step {@code 6e-6 · max(1,|u|)},
 * 2d + 1 model runs per gradient). This does not bias the sampler: the leapfrog map is
 * volume-preserving and reversible for any position-dependent force, and the trajectory's
 * states are weighted with the exact log density, so NUTS still leaves the target invariant;
 * a worse gradient only costs efficiency. Programs and Java models written over {@code AdReal}
 * ({@link ModelTarget}) get exact gradients from one reverse sweep instead.
 *
 * <p>Validated in {@code ContinuousTargetTest}: the density and its gradient against closed
 * forms, and NUTS on a DSL normal-normal model against the conjugate posterior.
 *
 * @param <A> the model's result type
 */
public final class ContinuousTarget<A> implements NutsTarget {
  private static final double RELATIVE_STEP = 6e-6;

  private final Model<A> model;
  private final List<String> outputNames;
  private final Function<? super A, double[]> outputs;
  private final int dimension;

  private ContinuousTarget(Model<A> model, List<String> outputNames,
      Function<? super A, double[]> outputs) {
    this.model = model;
    this.outputNames = List.copyOf(outputNames);
    this.outputs = outputs;
    Unconstrained<A> first = new Unconstrained<>(new double[0], true);
    first.run(model);
    this.dimension = first.next;
    if (dimension == 0) {
      throw new InferenceException("nuts: the model has no continuous values to sample");
    }
  }

  /** The target of a model whose result is the one reported quantity, named {@code name}. */
  public static ContinuousTarget<Double> of(Model<Double> model, String name) {
    return new ContinuousTarget<>(model, List.of(name), x -> new double[] {x});
  }

  /**
   * The target of {@code model}, reporting {@code outputs} of its result under
   * {@code outputNames} (same length and order).
   */
  public static <A> ContinuousTarget<A> of(Model<A> model, List<String> outputNames,
      Function<? super A, double[]> outputs) {
    return new ContinuousTarget<>(model, outputNames, outputs);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  @Override
  public double[] outputs(double[] position) {
    return outputs.apply(evaluate(position).run(model));
  }

  /** The log density on the unconstrained scale (Jacobians included) at {@code position}. */
  public double logDensity(double[] position) {
    Unconstrained<A> run = evaluate(position);
    run.run(model);
    return run.logDensity;
  }

  @Override
  public double logDensity(double[] position, double[] gradient) {
    double f = logDensity(position);
    if (f == Double.NEGATIVE_INFINITY) {
      return f;
    }
    double[] shifted = position.clone();
    for (int i = 0; i < dimension; i++) {
      double u = position[i];
      double h = (u + RELATIVE_STEP * Math.max(1, Math.abs(u))) - u; // exactly representable
      shifted[i] = u + h;
      double up = logDensity(shifted);
      shifted[i] = u - h;
      double down = logDensity(shifted);
      shifted[i] = u;
      gradient[i] = (up - down) / (2 * h);
    }
    return f;
  }

  private Unconstrained<A> evaluate(double[] position) {
    if (position.length != dimension) {
      throw new IllegalArgumentException(
          "nuts: expected " + dimension + " coordinates, got " + position.length);
    }
    return new Unconstrained<>(position, false);
  }

  /** Answers the i-th draw from coordinate i (0 when discovering) and sums the log density. */
  private static final class Unconstrained<A> extends Handler<A, A> {
    private final double[] position;
    private final boolean discovery;
    int next;
    double logDensity;

    Unconstrained(double[] position, boolean discovery) {
      this.position = position;
      this.discovery = discovery;
    }

    @Override
    protected A onDone(A value) {
      if (!discovery && next != position.length) {
        throw changedStructure(position.length);
      }
      return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      Distribution<X> d = sampled.distribution();
      double u;
      if (discovery) {
        u = 0;
      } else if (next < position.length) {
        u = position[next];
      } else {
        throw changedStructure(position.length);
      }
      next++;
      Support support = d.support();
      double x;
      double logJacobian;
      if (support instanceof Support.RealLine) {
        x = u;
        logJacobian = 0;
      } else if (support instanceof Support.LowerBounded b) {
        x = b.lower() + Math.exp(u);
        logJacobian = u;
      } else if (support instanceof Support.Interval i) {
        double s = 1 / (1 + Math.exp(-u));
        x = i.lower() + (i.upper() - i.lower()) * s;
        logJacobian = Math.log(i.upper() - i.lower()) - softplus(-u) - softplus(u);
      } else {
        throw new InferenceException("nuts: the model draws from '" + d.name() + "', whose"
            + " values are not continuous reals; gradient-based inference needs continuous"
            + " scalar draws only (use --method smc, mh or enumerate)", sampled.site());
      }
      X value;
      double logDensityAtX;
      try {
        value = (X) Double.valueOf(x);
        logDensityAtX = d.logDensity(value);
      } catch (ClassCastException e) {
        throw new InferenceException("nuts: the model draws from '" + d.name() + "', whose"
            + " values are not Java doubles; use this target for DSL models", sampled.site());
      }
      logDensity += logDensityAtX + logJacobian;
      return sampled.resumeWith(value);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      logDensity += scored.logWeight();
      return scored.resumeAfter();
    }

    private static InferenceException changedStructure(int expected) {
      return new InferenceException("nuts: the model drew a different number of continuous"
          + " values than the " + expected + " of its first run; which values a model draws"
          + " must not depend on their values (use --method smc or mh)");
    }

    private static double softplus(double z) {
      return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }
  }
}
