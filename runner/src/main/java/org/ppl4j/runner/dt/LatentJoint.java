package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.RealDistribution;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.FamilyDistribution;

/**
 * The program's own log joint density {@code log p(theta, y)} at a latent {@code theta}: the
 * model is run with its continuous draws fixed, in order, to the latent's coordinates (each
 * adding its log density), every score added, and every draw from a finite support (a mixture's
 * {@code categorical} component, say) summed out by enumerating its values. It is what an
 * amortised posterior {@code q} is importance-corrected against:
 * {@code w = p(theta, y) / q(theta)}.
 *
 * <p>It applies when the program draws exactly D continuous real values and returns them (the
 * shape {@code --method dt} expects); otherwise {@link #logJoint} says why not.
 */
final class LatentJoint {

  /** Why the program's density at a latent cannot be computed. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }

  private LatentJoint() {}

  /**
   * {@code log p(latent, y)}, {@code -inf} where the density is zero.
   *
   * @throws Unsupported when the program's draws or result do not match the latent
   */
  static double logJoint(Model<Value> model, double[] latent) throws Unsupported {
    return walk(model, latent, 0, 0);
  }

  @SuppressWarnings("unchecked")
  private static double walk(Model<Value> model, double[] latent, int first, double logStart)
      throws Unsupported {
    Step<Value> step = model.resume();
    int next = first;
    double log = logStart;
    while (true) {
      if (step instanceof Step.Sampled<?, Value> sampled) {
        Distribution<?> d = sampled.distribution();
        Optional<? extends List<?>> finite = d.finiteSupport();
        Step.Sampled<Object, Value> site = (Step.Sampled<Object, Value>) sampled;
        if (finite.isPresent()) {
          List<Double> terms = new ArrayList<>();
          for (Object v : finite.get()) {
            double lp = ((Distribution<Object>) d).logDensity(v);
            if (lp > Double.NEGATIVE_INFINITY) {
              terms.add(walk(site.resumeWith(v), latent, next, log + lp));
            }
          }
          return terms.isEmpty() ? Double.NEGATIVE_INFINITY
              : SpecialFunctions.logSumExp(terms.stream().mapToDouble(x -> x).toArray());
        }
        boolean valued = d instanceof FamilyDistribution vd && vd.typed() instanceof RealDistribution;
        if (!valued && !(d instanceof RealDistribution)) {
          throw new Unsupported("the program draws from " + d.name()
              + ", which is neither the real latent nor a finite choice");
        }
        if (next >= latent.length) {
          throw new Unsupported("the program draws more than the latent's " + latent.length
              + " continuous value" + (latent.length == 1 ? "" : "s"));
        }
        double x = latent[next++];
        Object drawn = valued ? new RealValue(x) : Double.valueOf(x);
        log += ((Distribution<Object>) d).logDensity(drawn);
        if (log == Double.NEGATIVE_INFINITY || Double.isNaN(log)) {
          return Double.NEGATIVE_INFINITY;
        }
        step = site.resumeWith(drawn).resume();
      } else if (step instanceof Step.Scored<Value> scored) {
        log += scored.logWeight();
        if (log == Double.NEGATIVE_INFINITY || Double.isNaN(log)) {
          return Double.NEGATIVE_INFINITY;
        }
        step = scored.resumeAfter().resume();
      } else if (step instanceof Step.Done<Value> done) {
        if (next != latent.length || !returnsLatent(done.value(), latent)) {
          throw new Unsupported("the program's result is not the " + latent.length
              + " continuous value" + (latent.length == 1 ? "" : "s") + " it draws");
        }
        return log;
      } else {
        throw new AssertionError("unknown step " + step);
      }
    }
  }

  private static boolean returnsLatent(Value v, double[] latent) {
    if (v instanceof RealValue r) {
      return latent.length == 1 && r.value() == latent[0];
    }
    if (v instanceof ArrayValue a && a.elements().size() == latent.length) {
      for (int i = 0; i < latent.length; i++) {
        if (!(a.elements().get(i) instanceof RealValue r) || r.value() != latent[i]) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
