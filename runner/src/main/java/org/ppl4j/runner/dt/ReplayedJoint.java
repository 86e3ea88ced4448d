package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.CompiledDensity;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Normal;
import org.ppl4j.semantics.dist.RealDistribution;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.FamilyDistribution;
import org.ppl4j.semantics.value.Value;

/**
 * {@link LatentJoint}'s log joint density of a one-dimensional latent, by replay instead of
 * interpretation ("record once, replay many", docs/arch/compiled.md): each branch {@code b} of
 * the finite draws before the latent (a mixture prior's component) is enumerated once; the
 * latent's log density {@code a_b(theta)} is its distribution's own closed form (its parameters
 * are fixed before the latent is drawn), and the sum of every later score {@code l_b(theta)} is
 * a straight-line program of the latent recorded on an automatic-differentiation tape
 * ({@link Tape#compile}) and replayed forward only;
 * {@code log p(theta, y) = log Σ_b exp(logPrefix_b + a_b + l_b)}.
 *
 * <p>{@link #logJoint(double[], Rng)} evaluates every {@code a_b} but replays only one
 * {@code l_b}: the branch {@code b} drawn from {@code p(b | theta) ∝ exp(logPrefix_b + a_b)},
 * the prior's component given the latent, which makes {@code p(theta) exp(l_b(theta))} an
 * unbiased estimate of {@code p(theta, y)} (exact when the scores do not depend on the branch,
 * as in a mixture prior over a common likelihood). Importance sampling with unbiased weights
 * stays exact (random-weight, "pseudo-marginal" importance sampling: the estimate's expectation
 * is the weight). {@link #exactLogJoint} sums every branch.
 *
 * <p>It preserves {@link LatentJoint#logJoint}: the recording refuses a program whose path
 * depends on the latent's value (the tape's taint rule), that draws after the latent, or whose
 * result is not the latent; the recordings are checked, summed over every branch, against the
 * interpreter at {@value #CHECK_POINTS} points besides the recording point (relative
 * {@value #TOLERANCE}); and a replay that throws or is not finite is answered by the
 * interpreter. {@link #of} gives {@link Optional#empty()} when any of this fails, and the caller
 * interprets every point. Not thread-safe (one scratch space).
 */
final class ReplayedJoint {

  /** The relative tolerance of the check against the interpreter (rounding only). */
  static final double TOLERANCE = 1e-9;

  /** Points of the check, besides the recording point. */
  static final int CHECK_POINTS = 4;

  private record Branch(double logPrefix, LatentDensity latent, CompiledDensity density,
      CompiledDensity.Evaluation scores) {}

  /**
   * The latent's log density: a normal's closed form with {@code log sigma} kept (the same
   * arithmetic as {@link Normal#logDensity(double)}, so the same value, without its partials),
   * any other distribution's own {@link RealDistribution#logDensity(double)}.
   */
  private record LatentDensity(RealDistribution d, double mu, double sigma, double logSigma) {

    static LatentDensity of(RealDistribution d) {
      return d instanceof Normal n ? new LatentDensity(d, n.mu(), n.sigma(), Math.log(n.sigma()))
          : new LatentDensity(d, Double.NaN, Double.NaN, Double.NaN);
    }

    double logDensity(double x) {
      if (Double.isNaN(sigma)) {
        return d.logDensity(x);
      }
      if (!Double.isFinite(x)) {
        return Double.NEGATIVE_INFINITY;
      }
      double z = (x - mu) / sigma;
      return -0.5 * z * z - logSigma - SpecialFunctions.LOG_SQRT_2PI;
    }
  }

  private final Model<Value> model;
  private final List<Branch> branches;
  private final double[] point = new double[1];
  private final double[] terms;
  private final double[] scaled;
  /** The log prior density {@link #pick} found last. */
  private double pickedLogPrior;

  private ReplayedJoint(Model<Value> model, List<Branch> branches) {
    this.model = model;
    this.branches = List.copyOf(branches);
    this.terms = new double[branches.size()];
    this.scaled = new double[branches.size()];
  }

  /**
   * The replayed joint of {@code model}, recorded at {@code at} (a point of positive density,
   * e.g. the proposal's mean) and checked at {@code at ± spread}, or empty where it cannot be.
   */
  static Optional<ReplayedJoint> of(Model<Value> model, double at, double spread) {
    List<Branch> branches = new ArrayList<>();
    try {
      if (!enumerate(model, 0.0, at, branches) || branches.isEmpty()) {
        return Optional.empty();
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // the program's own error: the interpreter reports it
    }
    ReplayedJoint joint = new ReplayedJoint(model, branches);
    double step = spread > 0 && Double.isFinite(spread) ? spread : 1.0;
    for (int k = 0; k <= CHECK_POINTS; k++) {
      double x = at + step * (k % 2 == 0 ? k / 2 : -(k + 1) / 2) * 0.75;
      double expected;
      try {
        expected = LatentJoint.logJoint(model, new double[] {x});
      } catch (LatentJoint.Unsupported | RuntimeException e) {
        return Optional.empty();
      }
      double actual = joint.exactLogJoint(x);
      if (Double.isFinite(actual) && !(Math.abs(actual - expected)
          <= TOLERANCE * Math.max(1.0, Math.abs(expected)))) {
        return Optional.empty();
      }
    }
    return Optional.of(joint);
  }

  /**
   * An unbiased estimate of {@code p(latent, y)}, as a log: exact for one branch, else the
   * scores of one branch drawn by {@code rng} from the prior's components given the latent.
   *
   * @throws LatentJoint.Unsupported only where the interpreter answers (a replay not finite)
   */
  double logJoint(double[] latent, Rng rng) throws LatentJoint.Unsupported {
    double replayed = replay(latent[0], rng);
    return Double.isFinite(replayed) ? replayed : LatentJoint.logJoint(model, latent);
  }

  /**
   * {@link #logJoint(double[], Rng)} at every one of {@code xs}, written into {@code out}: the
   * same numbers from the same generator calls, each branch's scores replayed for all of its
   * points at once ({@link CompiledDensity#resultEach}, value only); a batch that throws is
   * replayed point by point, and a point whose replay is not finite is interpreted.
   *
   * @throws LatentJoint.Unsupported only where the interpreter answers
   */
  void logJoints(double[] xs, Rng rng, double[] out) throws LatentJoint.Unsupported {
    int n = xs.length;
    int[] picked = new int[n];
    double[] logPrior = new double[n];
    for (int i = 0; i < n; i++) {
      picked[i] = pick(xs[i], rng);
      logPrior[i] = pickedLogPrior;
    }
    for (int b = 0; b < branches.size(); b++) {
      int count = 0;
      for (int i = 0; i < n; i++) {
        count += picked[i] == b ? 1 : 0;
      }
      if (count == 0) {
        continue;
      }
      double[] at = new double[count];
      int[] index = new int[count];
      for (int i = 0, k = 0; i < n; i++) {
        if (picked[i] == b) {
          at[k] = xs[i];
          index[k++] = i;
        }
      }
      double[] scores = new double[count];
      Branch branch = branches.get(b);
      try {
        branch.density().resultEach(new double[][] {at}, count, 0, scores);
      } catch (IllegalArgumentException | ArithmeticException e) {
        for (int k = 0; k < count; k++) {
          scores[k] = scoresAt(branch, at[k]);
        }
      }
      for (int k = 0; k < count; k++) {
        out[index[k]] = logPrior[index[k]] + scores[k];
      }
    }
    for (int i = 0; i < n; i++) {
      if (picked[i] < 0) {
        out[i] = logPrior[i];
      }
      if (!Double.isFinite(out[i])) {
        out[i] = LatentJoint.logJoint(model, new double[] {xs[i]});
      }
    }
  }

  private double scoresAt(Branch branch, double x) {
    point[0] = x;
    try {
      return branch.scores().results(point)[0];
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Double.NaN;
    }
  }

  /** {@code log p(latent, y)} summed over every branch, NaN where a replay fails. */
  double exactLogJoint(double x) {
    point[0] = x;
    try {
      for (int b = 0; b < terms.length; b++) {
        Branch branch = branches.get(b);
        terms[b] = branch.logPrefix() + branch.latent().logDensity(x)
            + branch.scores().results(point)[0];
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Double.NaN;
    }
    return terms.length == 1 ? terms[0] : SpecialFunctions.logSumExp(terms);
  }

  private double replay(double x, Rng rng) {
    int b = pick(x, rng);
    return b < 0 ? pickedLogPrior : pickedLogPrior + scoresAt(branches.get(b), x);
  }

  /**
   * The log prior density at {@code x} (left in {@link #pickedLogPrior}) and the branch whose
   * scores estimate the rest, drawn from the prior's components given {@code x} ({@code 0}
   * without a draw when there is one branch); -1 when the log prior is not finite (NaN where a
   * density fails), the estimate then being {@link #pickedLogPrior} itself.
   */
  private int pick(double x, Rng rng) {
    if (terms.length == 1) {
      Branch only = branches.get(0);
      pickedLogPrior = only.logPrefix() + only.latent().logDensity(x);
      return Double.isNaN(pickedLogPrior) ? -1 : 0;
    }
    for (int b = 0; b < terms.length; b++) {
      Branch branch = branches.get(b);
      terms[b] = branch.logPrefix() + branch.latent().logDensity(x);
    }
    // log Σ_b exp(terms_b) as SpecialFunctions.logSumExp computes it, keeping the exponentials
    // for the branch's draw
    double max = Double.NEGATIVE_INFINITY;
    for (double t : terms) {
      if (Double.isNaN(t)) {
        pickedLogPrior = Double.NaN;
        return -1;
      }
      max = Math.max(max, t);
    }
    if (Double.isInfinite(max)) {
      pickedLogPrior = max;
      return -1;
    }
    double sum = 0;
    for (int b = 0; b < terms.length; b++) {
      scaled[b] = Math.exp(terms[b] - max);
      sum += scaled[b];
    }
    pickedLogPrior = max + Math.log(sum);
    double u = rng.nextDouble() * sum;
    double cumulative = 0;
    int picked = -1;
    for (int b = 0; b < terms.length; b++) {
      if (scaled[b] > 0) {
        picked = b;
        cumulative += scaled[b];
        if (u < cumulative) {
          break;
        }
      }
    }
    return picked;
  }

  /** Enumerates the finite draws before the latent, recording each branch; false: cannot. */
  @SuppressWarnings("unchecked")
  private static boolean enumerate(Model<Value> model, double logPrefix, double at,
      List<Branch> out) {
    Step<Value> step = model.resume();
    double log = logPrefix;
    while (true) {
      if (step instanceof Step.Sampled<?, Value> sampled) {
        Distribution<?> d = sampled.distribution();
        Optional<? extends List<?>> finite = d.finiteSupport();
        if (finite.isEmpty()) {
          if (!(d instanceof FamilyDistribution f) || f.isVectorised()
              || !(f.typed() instanceof RealDistribution)) {
            return false;
          }
          Optional<CompiledDensity> scores = recordScores(
              (Step.Sampled<Value, Value>) (Step.Sampled<?, Value>) sampled, at);
          if (scores.isEmpty()) {
            return false;
          }
          out.add(new Branch(log, LatentDensity.of((RealDistribution) f.typed()), scores.get(),
              scores.get().newEvaluation()));
          return out.size() <= WrittenPrior.MAX_COMPONENTS;
        }
        Step.Sampled<Object, Value> site = (Step.Sampled<Object, Value>) sampled;
        for (Object v : finite.get()) {
          double lp = ((Distribution<Object>) d).logDensity(v);
          if (lp > Double.NEGATIVE_INFINITY && !enumerate(site.resumeWith(v), log + lp, at,
              out)) {
            return false;
          }
        }
        return true;
      } else if (step instanceof Step.Scored<Value> scored) {
        log += scored.logWeight();
        if (log == Double.NEGATIVE_INFINITY) {
          return true; // a branch of zero weight adds nothing
        }
        step = scored.resumeAfter().resume();
      } else {
        return false; // no continuous draw: not a latent program
      }
    }
  }

  /** Every score after the latent's draw, summed, recorded as a function of the latent. */
  private static Optional<CompiledDensity> recordScores(Step.Sampled<Value, Value> site,
      double at) {
    Tape tape = new Tape();
    tape.startRecording();
    AdReal u = tape.variable(at);
    AdReal total = u.times(0.0);
    Step<Value> step = site.resumeWith(new AdRealValue(u)).resume();
    while (true) {
      if (step instanceof Step.Scored<Value> scored) {
        double logWeight = scored.logWeight();
        AdReal term = tape.takeScore().orElse(AdReal.constant(logWeight));
        if (Double.compare(term.peek(), logWeight) != 0 || !Double.isFinite(logWeight)) {
          tape.reset();
          return Optional.empty();
        }
        total = total.plus(term);
        step = scored.resumeAfter().resume();
      } else if (step instanceof Step.Done<Value> done) {
        if (!(done.value() instanceof AdRealValue r) || r.number().index() != u.index()
            || r.number().tape() != tape) {
          tape.reset();
          return Optional.empty();
        }
        CompiledDensity.Outcome outcome = tape.compile(new AdReal[] {u}, total,
            new AdReal[] {total});
        return outcome instanceof CompiledDensity.Outcome.Compiled c
            ? Optional.of(c.density()) : Optional.empty();
      } else {
        tape.reset();
        return Optional.empty(); // a draw after the latent: the interpreter enumerates it
      }
    }
  }
}
