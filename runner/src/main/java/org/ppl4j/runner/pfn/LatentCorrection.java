package org.ppl4j.runner.pfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ppl4j.inference.diagnostics.ParetoSmoothing;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.pfn.BarDistribution;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.RealDistribution;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.FamilyDistribution;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * A PFN latent head's bar distribution {@code q} (a density) used as an importance proposal for
 * the program's own posterior, as the Distribution Transformer's mixture is (issue 24): each of
 * N traces takes its target latent from {@code q} and every other draw from the program's prior,
 * so the ratio {@code p(trace, y) / q(trace)} is the target draw's prior density times every
 * score over {@code q}'s density; the ratios are Pareto-smoothed ({@link ParetoSmoothing}), and
 * the report carries k̂, the ESS of the weights and the log evidence they estimate. When k̂
 * exceeds {@value ParetoSmoothing#MAX_RELIABLE_K} (the network misses the posterior, or other
 * latents drawn from their prior do) the result is tempered SMC's on the program, with a note.
 *
 * <p>The target's draw is found by one forward run: the continuous draw whose value the
 * program returns in the field named after the target (exactly one must match); a program of
 * another shape, or one without a score (a prior program, whose data come from the data file and
 * are not observed by it), gets the network's own draws with a note saying why.
 */
final class LatentCorrection {

  private LatentCorrection() {}

  /** Why the program's density cannot weigh the network's draws. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * The corrected posterior of {@code target}, as records {@code {target: value}}, with
   * {@code notes} (the range checks) in its diagnostics.
   *
   * @throws Unsupported when the program's target draw cannot be found or it observes nothing
   */
  static Posterior<Value> of(String method, Model<Value> model, String target,
      BarDistribution q, int n, List<String> notes, Rng rng) throws Unsupported {
    int position = targetPosition(model, target, rng.split());
    Rng drawRng = rng.split();
    double[] logRatios = new double[n];
    List<Value> values = new ArrayList<>(n);
    boolean anyFinite = false;
    for (int i = 0; i < n; i++) {
      double theta = q.sample(drawRng);
      Weighing run = new Weighing(position, theta, target, drawRng);
      double logJoint = run.run(model);
      logRatios[i] = Double.isNaN(logJoint) ? Double.NEGATIVE_INFINITY
          : logJoint - q.logDensity(theta);
      anyFinite |= logRatios[i] > Double.NEGATIVE_INFINITY;
      values.add(record(target, theta));
    }
    double k = Double.POSITIVE_INFINITY;
    if (anyFinite) {
      ParetoSmoothing.Result psis = ParetoSmoothing.smooth(logRatios);
      k = psis.paretoK();
      if (psis.reliable()) {
        return Posterior.of(method, new Empirical<>(values, psis.logWeights(),
            OptionalDouble.of(psis.logEvidence())))
            .withDiagnostics(Diagnostics.none().withParetoK(k).withNotes(notes));
      }
    }
    return fallback(method, model, target, k, notes, rng.split());
  }

  private static Posterior<Value> fallback(String method, Model<Value> model, String target,
      double k, List<String> notes, Rng rng) {
    TemperedSmcConfig config = TemperedSmcConfig.defaults();
    TemperedSmcResult<Value> result = TemperedSmc.run(model, config, rng, beta -> { });
    Empirical<Value> smc = result.empirical();
    List<Value> values = new ArrayList<>(smc.size());
    for (Value v : smc.values()) {
      values.add(record(target, field(v, target).orElseThrow()));
    }
    String note = "the network's posterior failed its importance check (Pareto k̂ "
        + (Double.isFinite(k) ? String.format(Locale.ROOT, "%.2f", k) : "infinite") + ", above "
        + ParetoSmoothing.MAX_RELIABLE_K + "): it misses the posterior's mass (or the program's "
        + "other latents, drawn from their prior, do), so this result is tempered SMC's ("
        + config.particles() + " particles, from the prior); use --raw to see its own answer";
    return Posterior.of(method, new Empirical<>(values, smc.logWeights(), smc.logEvidence()))
        .withDiagnostics(Diagnostics.none()
            .withEssHistory(java.util.Arrays.stream(result.essHistory()).boxed().toList())
            .withAcceptanceRate(result.acceptanceRate()).withNotes(withNote(notes, note)));
  }

  private static List<String> withNote(List<String> notes, String note) {
    List<String> all = new ArrayList<>(notes);
    all.add(note);
    return all;
  }

  private static Value record(String target, double theta) {
    return new RecordValue(Map.of(target, new RealValue(theta)));
  }

  /** The index of the draw the program returns as {@code target}, by one forward run. */
  private static int targetPosition(Model<Value> model, String target, Rng rng)
      throws Unsupported {
    Probe probe = new Probe(rng);
    Value result = probe.run(model);
    if (probe.scores == 0) {
      throw new Unsupported("the program observes nothing: its data are read from the data "
          + "file but not conditioned on, so its posterior is its prior");
    }
    Optional<Double> returned = field(result, target);
    if (returned.isEmpty()) {
      throw new Unsupported("the program does not return a Real field '" + target + "'");
    }
    OptionalInt found = OptionalInt.empty();
    for (int i = 0; i < probe.draws.size(); i++) {
      Double d = probe.draws.get(i);
      if (d != null && Double.compare(d, returned.get()) == 0) {
        if (found.isPresent()) {
          throw new Unsupported("two draws of the program have the value of '" + target + "'");
        }
        found = OptionalInt.of(i);
      }
    }
    if (found.isEmpty()) {
      throw new Unsupported("'" + target + "' is not one of the program's real draws");
    }
    return found.getAsInt();
  }

  private static Optional<Double> field(Value v, String target) {
    return v instanceof RecordValue r && r.fields().get(target) instanceof RealValue x
        ? Optional.of(x.value()) : Optional.empty();
  }

  private static boolean realDraw(Distribution<?> d) {
    return (Object) d instanceof FamilyDistribution f && !f.isVectorised()
        && f.typed() instanceof RealDistribution;
  }

  /** A forward run recording each draw's real value (null for others) and counting scores. */
  private static final class Probe extends Handler<Value, Value> {
    private final Rng rng;
    private final List<Double> draws = new ArrayList<>();
    private int scores;

    Probe(Rng rng) {
      this.rng = rng;
    }

    @Override
    protected Value onDone(Value value) {
      return value;
    }

    @Override
    protected <X> Model<Value> onSample(Step.Sampled<X, Value> sampled) {
      X x = sampled.draw(rng);
      draws.add(realDraw(sampled.distribution()) && x instanceof RealValue r ? r.value() : null);
      return sampled.resumeWith(x);
    }

    @Override
    protected Model<Value> onScore(Step.Scored<Value> scored) {
      scores++;
      return scored.resumeAfter();
    }
  }

  /**
   * One weighted run: draw {@code position} fixed to {@code theta} (its prior log density
   * added), the others from the prior, every score added; NaN when the run does not return
   * {@code theta} as the target (the program took another path).
   */
  private static final class Weighing extends Handler<Value, Double> {
    private final int position;
    private final double theta;
    private final String target;
    private final Rng rng;
    private int index;
    private double log;

    Weighing(int position, double theta, String target, Rng rng) {
      this.position = position;
      this.theta = theta;
      this.target = target;
      this.rng = rng;
    }

    @Override
    protected Double onDone(Value value) {
      Optional<Double> returned = field(value, target);
      return returned.isPresent() && Double.compare(returned.get(), theta) == 0 ? log
          : Double.NaN;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <X> Model<Value> onSample(Step.Sampled<X, Value> sampled) {
      if (index++ != position) {
        return sampled.resumeWith(sampled.draw(rng));
      }
      if (!realDraw(sampled.distribution())) {
        return stop(Double.NaN);
      }
      Value x = new RealValue(theta);
      log += ((Distribution<Value>) sampled.distribution()).logDensity(x);
      return ((Step.Sampled<Value, Value>) (Step.Sampled<?, Value>) sampled).resumeWith(x);
    }

    @Override
    protected Model<Value> onScore(Step.Scored<Value> scored) {
      log += scored.logWeight();
      return log == Double.NEGATIVE_INFINITY ? stop(Double.NEGATIVE_INFINITY)
          : scored.resumeAfter();
    }
  }
}
