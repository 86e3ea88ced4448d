package org.ppl4j.runner.method;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;

/**
 * An estimate of the number of execution paths the enumerator would explore, from a few random
 * paths (Knuth, "Estimating the efficiency of backtrack programs", Math. Comp. 29, 1975): one
 * probe follows the program from the start, at each draw to a value chosen uniformly among those
 * of positive mass; with {@code c_i} such values and {@code z_i} zero-mass ones (each a path of
 * its own, as the enumerator counts them) at the i-th draw, the probe's value
 * {@code z_0 + c_0 (z_1 + c_1 (z_2 + ...))} is an unbiased estimate of the number of paths. The
 * mean of a few probes costs a few runs of the program, against the enumerator's one run per
 * path, so {@link EnumerateMethod} can refuse a model far over its budget before it starts.
 */
final class PathEstimate {
  /** The most draws one probe follows before it gives up (a recursion without end). */
  private static final long MAX_DRAWS = 100_000;

  private PathEstimate() {}

  /**
   * The mean of {@code probes} probes of {@code model}, drawn from {@code rng}; empty when a
   * draw has no finite support, a probe runs past {@value #MAX_DRAWS} draws, or the program
   * fails on a probe (the enumerator then reports it as it always did).
   */
  static OptionalDouble of(Model<?> model, int probes, Rng rng) {
    return mean(model, probes, rng);
  }

  private static <A> OptionalDouble mean(Model<A> model, int probes, Rng rng) {
    double sum = 0;
    for (int i = 0; i < probes; i++) {
      Probe<A> probe = new Probe<>(rng);
      try {
        probe.run(model);
      } catch (RuntimeException | StackOverflowError e) {
        return OptionalDouble.empty();
      }
      if (probe.unknown) {
        return OptionalDouble.empty();
      }
      sum += probe.paths;
    }
    return OptionalDouble.of(sum / probes);
  }

  /** One random path; {@link #paths} accumulates its estimate as it goes. */
  private static final class Probe<A> extends Handler<A, Boolean> {
    private final Rng rng;
    /** The product of the numbers of positive-mass values met so far. */
    double weight = 1;
    double paths;
    long draws;
    boolean unknown;

    Probe(Rng rng) {
      this.rng = rng;
    }

    @Override
    protected Boolean onDone(A value) {
      paths += weight;
      return true;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      Distribution<X> d = sampled.distribution();
      java.util.Optional<List<X>> support = d.finiteSupport();
      if (support.isEmpty() || ++draws > MAX_DRAWS) {
        unknown = true;
        return stop(false);
      }
      List<X> values = support.get();
      List<X> positive = values.stream()
          .filter(x -> d.logDensity(x) != Double.NEGATIVE_INFINITY).toList();
      paths += weight * (values.size() - positive.size());
      if (positive.isEmpty()) {
        return stop(true);
      }
      weight *= positive.size();
      return sampled.resumeWith(positive.get(rng.nextInt(positive.size())));
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      if (scored.logWeight() == Double.NEGATIVE_INFINITY) {
        paths += weight;
        return stop(true);
      }
      return scored.resumeAfter();
    }
  }
}
