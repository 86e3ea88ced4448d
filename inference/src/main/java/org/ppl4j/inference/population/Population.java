package org.ppl4j.inference.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.random.Rng;

/**
 * A weighted collection of particles together with a log evidence pushed out of their weights:
 * the {@code Population} representation of monad-bayes (Ścibior et al., POPL 2018, §5). It
 * denotes the measure {@code exp(logEvidence) * sum_i exp(logWeight_i) * delta(particle_i)}, and
 * its evidence estimate is the total mass, {@link #logEvidenceEstimate()}.
 *
 * <p>Every transformation here preserves that measure, exactly or in expectation:
 * {@link #advance} and {@link #map} act on each particle alone (drawing with a generator split
 * off by index, so results do not depend on the number of threads); {@link #pushEvidence}
 * moves the total weight into the evidence and leaves the measure unchanged; {@link #resample}
 * keeps the particle count and the total weight and, for an unbiased {@link Resampler}, the
 * measure in expectation. Immutable. {@link Block} gives each transformation as a function of
 * (population, generator), so that algorithms are compositions ({@link Block#sequentially}).
 *
 * <p>Validated in {@code proofs-tests} ({@code InvariantsTest}, {@code SmcExactnessTest}):
 * count and total weight kept exactly by every resampler, dead particles never chosen, and the
 * expected evidence and expected weighted population exact to 1e-9 under enumeration.
 *
 * @param <P> the particle type
 */
public final class Population<P extends Particle<P>> {
  private final List<P> particles;
  private final double logEvidence;
  private final double[] logWeights;

  private Population(List<P> particles, double logEvidence) {
    this.particles = particles;
    this.logEvidence = logEvidence;
    this.logWeights = new double[particles.size()];
    for (int i = 0; i < logWeights.length; i++) {
      logWeights[i] = particles.get(i).logWeight();
    }
  }

  /**
   * {@code n} copies of {@code start}, each of weight {@code 1/n}: total mass 1.
   *
   * @param n number of particles, &gt;= 1
   * @param start the initial particle; its own log weight is replaced
   */
  public static <P extends Particle<P>> Population<P> spawn(int n, P start) {
    if (n < 1) {
      throw new IllegalArgumentException("number of particles must be >= 1, got " + n);
    }
    P p = start.withLogWeight(-Math.log(n));
    List<P> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(p);
    }
    return new Population<>(List.copyOf(list), 0.0);
  }

  /** A population of these particles (with their own log weights) and pushed log evidence. */
  public static <P extends Particle<P>> Population<P> of(List<P> particles, double logEvidence) {
    if (particles.isEmpty()) {
      throw new IllegalArgumentException("a population needs at least one particle");
    }
    return new Population<>(List.copyOf(particles), logEvidence);
  }

  /** The number of particles. */
  public int size() {
    return particles.size();
  }

  /** The particles, in index order. */
  public List<P> particles() {
    return particles;
  }

  /** The particle at {@code i}. */
  public P particle(int i) {
    return particles.get(i);
  }

  /** The log evidence already pushed out of the weights (0 for a fresh population). */
  public double logEvidence() {
    return logEvidence;
  }

  /** The particles' log weights, in index order. */
  public double[] logWeights() {
    return logWeights.clone();
  }

  /**
   * The estimate of the log evidence: {@code logEvidence + log sum_i exp(logWeight_i)}. For a
   * population grown by {@code spawn}, {@code advance}, {@code resample} this is the
   * unbiased SMC estimate of the normalising constant (Del Moral 2004), on the log scale.
   */
  public double logEvidenceEstimate() {
    return logEvidence + SpecialFunctions.logSumExp(logWeights);
  }

  /**
   * The Kish effective sample size {@code (sum w)^2 / sum w^2}, in [1, n]; 0 when every weight
   * is zero (computed by {@link ChainDiagnostics#kishEss}).
   */
  public double kishEss() {
    return ChainDiagnostics.kishEss(logWeights);
  }

  /** Whether every particle has finished or died. */
  public boolean allFinished() {
    for (P p : particles) {
      if (!p.finished() && p.logWeight() != Double.NEGATIVE_INFINITY) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies {@code step} to every particle with its own generator, split off {@code rng} in
   * index order before any work starts.
   */
  public Population<P> map(BiFunction<? super P, Rng, ? extends P> step, Rng rng,
      Parallelism parallelism) {
    int n = particles.size();
    Rng[] rngs = new Rng[n];
    for (int i = 0; i < n; i++) {
      rngs[i] = rng.split();
    }
    @SuppressWarnings("unchecked")
    P[] out = (P[]) new Particle<?>[n];
    parallelism.forEach(n, i -> out[i] = step.apply(particles.get(i), rngs[i]));
    // out is owned here and never written again: wrap it instead of copying (List.of copies)
    return new Population<>(java.util.Collections.unmodifiableList(java.util.Arrays.asList(out)),
        logEvidence);
  }

  /**
   * Advances every particle to and through its next score.
   *
   * @throws ZeroWeightException if afterwards every particle has weight zero
   */
  public Population<P> advance(Rng rng, Parallelism parallelism) {
    return map(P::advance, rng, parallelism).requireSomeWeight();
  }

  /** Advances every particle until it finishes or dies (importance sampling when no resampling). */
  public Population<P> finish(Rng rng, Parallelism parallelism) {
    return map(Particle::finish, rng, parallelism).requireSomeWeight();
  }

  /**
   * Moves the total weight into the evidence: the weights become normalised (summing to 1) and
   * {@code logEvidence} grows by their former log sum. The measure is unchanged.
   */
  public Population<P> pushEvidence() {
    double logTotal = SpecialFunctions.logSumExp(logWeights);
    requireSomeWeight();
    List<P> out = new ArrayList<>(particles.size());
    for (P p : particles) {
      out.add(p.withLogWeight(p.logWeight() - logTotal));
    }
    return new Population<>(List.copyOf(out), logEvidence + logTotal);
  }

  /** A population with normalised weights and no pushed evidence, and the evidence taken out. */
  public record Extracted<P extends Particle<P>>(Population<P> population, double logEvidence) {}

  /**
   * Separates the evidence from the particles (monad-bayes' {@code extractEvidence}): the
   * returned population has weights summing to 1 and no pushed evidence; {@code logEvidence}
   * is this population's {@link #logEvidenceEstimate()}. The product of the two is this measure.
   *
   * @throws ZeroWeightException if every particle has weight zero
   */
  public Extracted<P> extractEvidence() {
    Population<P> pushed = pushEvidence();
    return new Extracted<>(new Population<>(pushed.particles, 0.0), pushed.logEvidence);
  }

  /**
   * Resamples: offspring {@code k} is a copy of particle {@code ancestors[k]} with log weight
   * {@code log(total / n)}, {@code n} the size before resampling, so an unbiased scheme keeps
   * the count, the total weight, and the measure in expectation.
   *
   * @throws ZeroWeightException if every particle has weight zero
   */
  public Population<P> resample(Resampler resampler, Rng rng) {
    requireSomeWeight();
    double[] lw = logWeights;
    double logTotal = SpecialFunctions.logSumExp(lw);
    int[] ancestors = resampler.ancestors(LogWeights.normalised(lw), rng);
    double logEach = logTotal - Math.log(particles.size());
    List<P> out = new ArrayList<>(ancestors.length);
    for (int a : ancestors) {
      out.add(particles.get(a).withLogWeight(logEach));
    }
    return new Population<>(java.util.Collections.unmodifiableList(out), logEvidence);
  }

  /**
   * Resamples when the Kish ESS is below {@code essThreshold * n} (adaptive resampling, Liu and
   * Chen 1995); otherwise returns this population.
   *
   * @param essThreshold in [0, 1]: 0 never resamples, 1 resamples unless all weights are equal
   */
  public Population<P> resampleIfDegenerate(
      double essThreshold, Resampler resampler, Rng rng) {
    double ess = kishEss();
    if (ess < essThreshold * particles.size() * (1 - 1e-12)) {
      return resample(resampler, rng);
    }
    return this;
  }

  /**
   * The particles of positive weight, in index order: the measure is unchanged (a dead particle
   * has no value to report).
   *
   * @throws ZeroWeightException if every particle has weight zero
   */
  public Population<P> withoutDead() {
    requireSomeWeight();
    List<P> live = new ArrayList<>(particles.size());
    for (P p : particles) {
      if (p.logWeight() != Double.NEGATIVE_INFINITY) {
        live.add(p);
      }
    }
    return live.size() == particles.size() ? this : new Population<>(List.copyOf(live), logEvidence);
  }

  /**
   * One index drawn with probability proportional to the particles' weights.
   *
   * @throws ZeroWeightException if every particle has weight zero
   */
  public int drawIndex(Rng rng) {
    requireSomeWeight();
    double[] w = LogWeights.normalised(logWeights);
    double u = rng.nextDouble();
    int last = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        last = i;
        u -= w[i];
        if (u < 0) {
          return i;
        }
      }
    }
    return last;
  }

  /** The particles' images under {@code f}, in index order. */
  public <B> List<B> values(Function<? super P, ? extends B> f) {
    List<B> out = new ArrayList<>(particles.size());
    for (P p : particles) {
      out.add(f.apply(p));
    }
    return out;
  }

  private Population<P> requireSomeWeight() {
    for (P p : particles) {
      if (p.logWeight() != Double.NEGATIVE_INFINITY) {
        return this;
      }
    }
    P furthest = particles.get(0);
    for (P p : particles) {
      if (p.scores() > furthest.scores()) {
        furthest = p;
      }
    }
    throw new ZeroWeightException(particles.size(), furthest.scores(), furthest.lastSite());
  }

  @Override
  public String toString() {
    return "Population(n=" + particles.size() + ", logEvidence=" + logEvidence
        + ", logWeights=" + Arrays.toString(logWeights()) + ")";
  }
}
