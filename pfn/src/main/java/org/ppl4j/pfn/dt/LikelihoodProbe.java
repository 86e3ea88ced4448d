package org.ppl4j.pfn.dt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * A behavioural fingerprint of a training likelihood: a data set drawn from it at one latent,
 * and how its log likelihood changes between that latent and a few others,
 * {@code Δ_j = log p(y | theta_j) - log p(y | theta_0)}. Another program has the same
 * likelihood (up to terms that do not depend on the latent) exactly when it gives the same
 * differences on the same data, so a network file that stores probes can refuse a model with a
 * different likelihood (a Bernoulli model given a Poisson network) instead of answering
 * silently.
 *
 * <p>The likelihood's density is that of its draws: a probe is made only when the program's
 * draws, in order, are its observations (a program that transforms its draws gets none);
 * other latents are scored by replaying those draws.
 *
 * @param observations the rows drawn at {@code latents[0]}
 * @param latents J &gt;= 2 latents, each of the likelihood's dimension
 * @param logLikelihoodChanges the J differences {@code Δ_j} (the first is 0)
 */
public record LikelihoodProbe(double[][] observations, double[][] latents,
    double[] logLikelihoodChanges) {

  /** Offsets of the probed latents from the first, in units of the first's spread. */
  private static final double[] OFFSETS = {0, 0.5, -0.7, 1.3};

  /** Copies the arrays. */
  public LikelihoodProbe {
    observations = deepCopy(observations);
    latents = deepCopy(latents);
    logLikelihoodChanges = logLikelihoodChanges.clone();
    if (latents.length != logLikelihoodChanges.length || latents.length < 2) {
      throw new IllegalArgumentException("a probe needs J >= 2 latents and one change each, got "
          + latents.length + " and " + logLikelihoodChanges.length);
    }
  }

  /**
   * A probe of {@code likelihood} at a latent drawn from {@code prior}, with {@code count}
   * observations, or none when the program's draws are not its observations or a change is not
   * finite.
   */
  public static Optional<LikelihoodProbe> draw(ModelLikelihood likelihood, Gmm prior, int count,
      Rng rng) {
    double[] first = prior.sample(rng);
    int d = first.length;
    List<Object> draws = new ArrayList<>();
    Model<Value> model = likelihood.model(first, count);
    Value result = run(model, draws, rng);
    double[][] rows = likelihood.rowsOf(result);
    if (!drawsAreObservations(draws, rows)) {
      return Optional.empty();
    }
    double[][] latents = new double[OFFSETS.length][d];
    double[] changes = new double[OFFSETS.length];
    double base = Double.NaN;
    for (int j = 0; j < OFFSETS.length; j++) {
      for (int i = 0; i < d; i++) {
        double spread = Math.sqrt(prior.covariance(0)[i][i]);
        latents[j][i] = first[i] + OFFSETS[j] * (i % 2 == 0 ? 1 : -1) * spread;
      }
      double log = replay(likelihood.model(latents[j], count), draws);
      if (j == 0) {
        base = log;
      }
      changes[j] = log - base;
      if (!Double.isFinite(changes[j])) {
        return Optional.empty();
      }
    }
    return Optional.of(new LikelihoodProbe(rows, latents, changes));
  }

  /** Runs {@code model} forwards, recording its draws; returns its result. */
  @SuppressWarnings("unchecked")
  private static Value run(Model<Value> model, List<Object> draws, Rng rng) {
    Step<Value> step = model.resume();
    while (true) {
      if (step instanceof Step.Sampled<?, Value> sampled) {
        Step.Sampled<Object, Value> site = (Step.Sampled<Object, Value>) sampled;
        Object x = site.draw(rng);
        draws.add(x);
        step = site.resumeWith(x).resume();
      } else if (step instanceof Step.Scored<Value> scored) {
        step = scored.resumeAfter().resume();
      } else if (step instanceof Step.Done<Value> done) {
        return done.value();
      } else {
        throw new AssertionError("unknown step " + step);
      }
    }
  }

  /** The log density of {@code draws} (and every score) when {@code model} makes them. */
  @SuppressWarnings("unchecked")
  private static double replay(Model<Value> model, List<Object> draws) {
    Step<Value> step = model.resume();
    double log = 0;
    int next = 0;
    while (true) {
      if (step instanceof Step.Sampled<?, Value> sampled) {
        if (next >= draws.size()) {
          return Double.NaN;
        }
        Step.Sampled<Object, Value> site = (Step.Sampled<Object, Value>) sampled;
        Object x = draws.get(next++);
        log += ((Distribution<Object>) site.distribution()).logDensity(x);
        step = site.resumeWith(x).resume();
      } else if (step instanceof Step.Scored<Value> scored) {
        log += scored.logWeight();
        step = scored.resumeAfter().resume();
      } else if (step instanceof Step.Done<Value> done) {
        return next == draws.size() ? log : Double.NaN;
      } else {
        throw new AssertionError("unknown step " + step);
      }
    }
  }

  private static boolean drawsAreObservations(List<Object> draws, double[][] rows) {
    int k = 0;
    for (double[] row : rows) {
      for (double v : row) {
        if (k >= draws.size() || number(draws.get(k++)) != v) {
          return false;
        }
      }
    }
    return k == draws.size();
  }

  private static double number(Object x) {
    if (x instanceof RealValue r) {
      return r.value();
    } else if (x instanceof IntValue i) {
      return i.value();
    } else if (x instanceof BoolValue b) {
      return b.value() ? 1 : 0;
    } else if (x instanceof Double v) {
      return v;
    } else if (x instanceof Integer v) {
      return v;
    }
    return Double.NaN;
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }
}
