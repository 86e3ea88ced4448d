package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Normal;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.FamilyDistribution;

/**
 * The prior of a one-dimensional latent read from the program as written, when it is a normal
 * or a finite mixture of normals: the program's first continuous draw is a {@code normal}, after
 * any number of draws from finite supports (each branch enumerated, its probability and any
 * score before the draw its component's weight). This is exact, where fitting a mixture to
 * forward draws is an approximation (and costs thousands of program runs); programs of another
 * shape get {@link Optional#empty()} and are fitted. The importance correction
 * ({@link LatentJoint}) rejects a program whose result is not the drawn latent.
 */
final class WrittenPrior {

  /** The most components read; a larger finite prefix is fitted instead. */
  static final int MAX_COMPONENTS = 64;

  private WrittenPrior() {}

  /** The prior as a mixture, when the program writes it as a (mixture of) normal(s). */
  static Optional<Gmm> of(Model<Value> model) {
    List<double[]> components = new ArrayList<>();
    if (!walk(model, 0, components)) {
      return Optional.empty();
    }
    int k = components.size();
    double[] logWeights = new double[k];
    double[][] means = new double[k][1];
    double[][][] sds = new double[k][1][1];
    for (int c = 0; c < k; c++) {
      logWeights[c] = components.get(c)[0];
      means[c][0] = components.get(c)[1];
      sds[c][0][0] = components.get(c)[2];
    }
    try {
      return Optional.of(new Gmm(logWeights, means, sds));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean walk(Model<Value> model, double logWeight, List<double[]> out) {
    Step<Value> step = model.resume();
    double log = logWeight;
    while (true) {
      if (step instanceof Step.Sampled<?, Value> sampled) {
        Distribution<?> d = sampled.distribution();
        Distribution<?> typed = d instanceof FamilyDistribution vd ? vd.typed() : d;
        if (typed instanceof Normal normal) {
          if (log > Double.NEGATIVE_INFINITY) {
            out.add(new double[] {log, normal.mu(), normal.sigma()});
          }
          return out.size() <= MAX_COMPONENTS;
        }
        Optional<? extends List<?>> finite = d.finiteSupport();
        if (finite.isEmpty()) {
          return false;
        }
        Step.Sampled<Object, Value> site = (Step.Sampled<Object, Value>) sampled;
        for (Object v : finite.get()) {
          double lp = ((Distribution<Object>) d).logDensity(v);
          if (lp > Double.NEGATIVE_INFINITY && !walk(site.resumeWith(v), log + lp, out)) {
            return false;
          }
        }
        return !out.isEmpty();
      } else if (step instanceof Step.Scored<Value> scored) {
        log += scored.logWeight();
        step = scored.resumeAfter().resume();
      } else {
        return false;
      }
    }
  }
}
