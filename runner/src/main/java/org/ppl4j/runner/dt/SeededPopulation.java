package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.traced.Choice;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.RealDistribution;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.FamilyDistribution;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The initial population of a tempered-SMC fallback seeded by an amortised posterior: N
 * complete traces of the program whose one-dimensional latent is drawn from a proposal
 * {@code r} (the network's posterior mixed with the prior), each with its importance weight
 * against the program's prior, the target of tempered SMC at {@code beta = 0}.
 *
 * <p>Each trace: {@code theta ~ r}; every finite draw before the latent (a mixture prior's
 * component {@code z}) chosen by its prior conditional given {@code theta}, by enumeration
 * ({@code q(z | theta) ∝ p(z) p(theta | z)}); every draw after it from the prior; scores
 * absorbed as likelihood. Its log weight is {@code log p(z, theta) - log r(theta) -
 * log q(z | theta)} (the draws after the latent cancel), exact whatever {@code r} is, so the
 * weighted population targets the prior and tempered SMC stays exact
 * ({@link org.ppl4j.inference.tempered.TemperedSmc#runFrom}). Empty when the program is not of
 * that shape (a score before the latent, a latent that is not a real draw).
 */
final class SeededPopulation {

  /** The traces and their log weights. */
  record Weighted(List<Trace<Value>> traces, double[] logWeights) {}

  private SeededPopulation() {}

  /** {@code n} seeded traces of {@code model}, or empty where the program has another shape. */
  static Optional<Weighted> of(Model<Value> model, Gmm proposal, int n, Rng rng) {
    if (proposal.dimension() != 1) {
      return Optional.empty();
    }
    List<Trace<Value>> traces = new ArrayList<>(n);
    double[] logWeights = new double[n];
    for (int i = 0; i < n; i++) {
      double[] theta = proposal.sample(rng);
      Seeding seeding = new Seeding(theta[0], rng);
      Trace<Value> trace = seeding.runSafely(model);
      if (!seeding.latentTaken) {
        return Optional.empty();
      }
      traces.add(trace);
      logWeights[i] = seeding.logPriorToLatent - proposal.logDensity(theta)
          - seeding.logChoice;
      if (Double.isNaN(logWeights[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(new Weighted(traces, logWeights));
  }

  /** Why a program cannot be seeded. */
  private static final class Unseedable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unseedable() {
      super(null, null, false, false);
    }
  }

  /** One trace: the interpreter of {@link Trace}s, with the latent and its prefix chosen. */
  private static final class Seeding extends Handler<Value, Trace<Value>> {
    private final double theta;
    private final Rng rng;
    private final List<Choice> choices = new ArrayList<>();
    private double logPrior;
    private double logLikelihood;
    private int scores;
    private boolean latentTaken;
    private double logPriorToLatent;
    private double logChoice;

    Seeding(double theta, Rng rng) {
      this.theta = theta;
      this.rng = rng;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <X> Model<Value> onSample(Step.Sampled<X, Value> sampled) {
      Step.Sampled<Object, Value> site = (Step.Sampled<Object, Value>) (Step.Sampled<?, Value>)
          sampled;
      Distribution<Object> d = site.distribution();
      Object value;
      boolean atLatent = false;
      if (latentTaken) {
        value = site.draw(rng);
      } else {
        Optional<? extends List<?>> finite = d.finiteSupport();
        if (finite.isPresent()) {
          List<?> support = finite.get();
          double[] logProbabilities = new double[support.size()];
          for (int k = 0; k < support.size(); k++) {
            double lp = d.logDensity(support.get(k));
            logProbabilities[k] = lp == Double.NEGATIVE_INFINITY ? lp
                : lp + latentLogDensity(site.resumeWith(support.get(k)));
          }
          double logTotal = SpecialFunctions.logSumExp(logProbabilities);
          if (!(logTotal > Double.NEGATIVE_INFINITY)) {
            throw new Unseedable();
          }
          int k = pick(logProbabilities, logTotal);
          value = support.get(k);
          logChoice += logProbabilities[k] - logTotal;
        } else if ((Object) d instanceof FamilyDistribution f && !f.isVectorised()
            && f.typed() instanceof RealDistribution) {
          value = new RealValue(theta);
          latentTaken = true;
          atLatent = true;
        } else {
          throw new Unseedable();
        }
      }
      double lp = d.logDensity(value);
      choices.add(new Choice(site, value, lp, logPrior, logLikelihood, scores));
      logPrior += lp;
      if (atLatent) {
        logPriorToLatent = logPrior;
      }
      return site.resumeWith(value);
    }

    @Override
    protected Model<Value> onScore(Step.Scored<Value> scored) {
      if (!latentTaken) {
        throw new Unseedable();
      }
      logLikelihood += scored.logWeight();
      scores++;
      Model<Value> rest = scored.resumeAfter();
      return logLikelihood == Double.NEGATIVE_INFINITY ? stop(trace(rest, false)) : rest;
    }

    @Override
    protected Trace<Value> onDone(Value value) {
      return trace(Model.pure(value), true);
    }

    /** The run, or null (and no latent taken) when the program cannot be seeded. */
    Trace<Value> runSafely(Model<Value> model) {
      try {
        return run(model);
      } catch (Unseedable e) {
        latentTaken = false;
        return null;
      }
    }

    private Trace<Value> trace(Model<Value> rest, boolean finished) {
      return new Trace<>(choices, rest, logPrior, logLikelihood, scores, Integer.MAX_VALUE,
          finished);
    }

    private int pick(double[] logProbabilities, double logTotal) {
      double u = rng.nextDouble();
      double cumulative = 0;
      for (int k = 0; k < logProbabilities.length; k++) {
        cumulative += Math.exp(logProbabilities[k] - logTotal);
        if (u < cumulative) {
          return k;
        }
      }
      for (int k = logProbabilities.length - 1; k >= 0; k--) {
        if (logProbabilities[k] > Double.NEGATIVE_INFINITY) {
          return k;
        }
      }
      throw new AssertionError("no value of positive probability");
    }

    /**
     * {@code log p(theta | prefix)}: the prior density of the latent at {@code theta} after
     * {@code model}'s prefix, finite draws summed out; a score before the latent cannot be
     * seeded.
     */
    @SuppressWarnings("unchecked")
    private double latentLogDensity(Model<Value> model) {
      Step<Value> step = model.resume();
      if (step instanceof Step.Sampled<?, Value> sampled) {
        Distribution<Object> d = (Distribution<Object>) sampled.distribution();
        Optional<? extends List<?>> finite = d.finiteSupport();
        if (finite.isEmpty()) {
          if (!((Object) d instanceof FamilyDistribution f) || f.isVectorised()
              || !(f.typed() instanceof RealDistribution)) {
            throw new Unseedable();
          }
          return d.logDensity(new RealValue(theta));
        }
        Step.Sampled<Object, Value> site = (Step.Sampled<Object, Value>) sampled;
        List<Double> terms = new ArrayList<>();
        for (Object v : finite.get()) {
          double lp = d.logDensity(v);
          if (lp > Double.NEGATIVE_INFINITY) {
            terms.add(lp + latentLogDensity(site.resumeWith(v)));
          }
        }
        return terms.isEmpty() ? Double.NEGATIVE_INFINITY
            : SpecialFunctions.logSumExp(terms.stream().mapToDouble(x -> x).toArray());
      }
      throw new Unseedable();
    }
  }
}
