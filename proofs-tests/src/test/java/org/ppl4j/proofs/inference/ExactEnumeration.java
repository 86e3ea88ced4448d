package org.ppl4j.proofs.inference;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;

/**
 * The exact unnormalised posterior of a model with finitely many discrete choices, by
 * depth-first enumeration over {@link Distribution#finiteSupport()}: an oracle written
 * independently of the inference module. Test-only.
 */
final class ExactEnumeration {
  private ExactEnumeration() {}

  /** Maps each result to its unnormalised mass {@code Z * posterior(value)}. */
  static <A> Map<A, Double> unnormalised(Model<A> model) {
    Map<A, Double> out = new LinkedHashMap<>();
    explore(model, 0.0, out);
    return out;
  }

  /** The evidence {@code Z}: the total unnormalised mass. */
  static <A> double evidence(Map<A, Double> unnormalised) {
    return unnormalised.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static <A> void explore(Model<A> model, double logWeight, Map<A, Double> out) {
    Step<A> step = model.resume();
    if (step instanceof Step.Done<A> done) {
      out.merge(done.value(), Math.exp(logWeight), Double::sum);
    } else if (step instanceof Step.Scored<A> scored) {
      double lw = logWeight + scored.logWeight();
      if (lw != Double.NEGATIVE_INFINITY) {
        explore(scored.resumeAfter(), lw, out);
      }
    } else if (step instanceof Step.Sampled<?, A> sampled) {
      branch(sampled, logWeight, out);
    } else {
      throw new AssertionError(step);
    }
  }

  private static <X, A> void branch(Step.Sampled<X, A> site, double logWeight, Map<A, Double> out) {
    Distribution<X> d = site.distribution();
    for (X x : d.finiteSupport().orElseThrow(() -> new AssertionError("not finite: " + d))) {
      double lp = d.logDensity(x);
      if (lp != Double.NEGATIVE_INFINITY) {
        explore(site.resumeWith(x), logWeight + lp, out);
      }
    }
  }
}
