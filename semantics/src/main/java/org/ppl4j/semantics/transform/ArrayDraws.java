package org.ppl4j.semantics.transform;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.TruncatedReal;
import org.ppl4j.semantics.dist.ValueType;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.FamilyDistribution;
import org.ppl4j.semantics.value.IidDistribution;
import org.ppl4j.semantics.value.TruncatedDistribution;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * Draws of the distribution values of LANGUAGE.md §9.2 for gradient-based inference, on the
 * unconstrained scale: a vectorised family draws each element through its own family's
 * transform (so {@code exponential([1.0, 1.0])} gets one log transform per element and
 * {@code uniform(los, his)} its bounds per element); {@code iid(D, n)} draws {@code D}
 * {@code n} times; {@code truncated(D, lo, hi)} maps one coordinate onto the family's support
 * intersected with [lo, hi] (a scaled logistic for two finite ends, {@code lo + exp(u)} or
 * {@code hi - exp(u)} for one, the identity for none) and adds the truncated density there.
 */
public final class ArrayDraws {
  private ArrayDraws() {}

  /**
   * A draw of {@code d} answered from {@code joint}.
   *
   * @throws InferenceException when {@code d}'s draws are discrete
   */
  public static Value draw(ValueDistribution d, LogJoint joint) {
    if (d instanceof FamilyDistribution f && !f.isVectorised()) {
      AdReal[] x = joint.sampleUnnamed(AdArith.toAd(f));
      if (f.kind().valueType() == ValueType.REAL_ARRAY) {
        return array(x);
      }
      return AdArith.of(x[0]);
    }
    if (d instanceof FamilyDistribution f) {
      List<Value> out = new ArrayList<>(f.length());
      for (AdDistribution e : elements(f)) {
        out.add(AdArith.of(joint.sampleUnnamed(e)[0]));
      }
      return new ArrayValue(out);
    }
    if (d instanceof IidDistribution iid) {
      List<Value> out = new ArrayList<>(iid.n());
      for (int i = 0; i < iid.n(); i++) {
        out.add(draw(iid.base(), joint));
      }
      return new ArrayValue(out);
    }
    TruncatedDistribution t = (TruncatedDistribution) d;
    if (t.kind().isDiscrete()) {
      throw discrete(t.kind());
    }
    TruncatedReal typed = (TruncatedReal) t.typed();
    double[] ends = TruncatedReal.ends(typed.support());
    AdReal lo = ends[0] == typed.lo() ? AdArith.number(t.lo(), "lo") : AdReal.constant(ends[0]);
    AdReal hi = ends[1] == typed.hi() ? AdArith.number(t.hi(), "hi") : AdReal.constant(ends[1]);
    Transform transform;
    if (Double.isFinite(ends[0]) && Double.isFinite(ends[1])) {
      transform = new Transform.Interval(lo, hi);
    } else if (Double.isFinite(ends[0])) {
      transform = new Transform.Above(lo);
    } else if (Double.isFinite(ends[1])) {
      transform = new Transform.Below(hi);
    } else {
      transform = new Transform.Identity(1);
    }
    AdReal[] x = joint.sampleWith(transform, v -> t.logDensityAd(AdArith.of(v[0])));
    return AdArith.of(x[0]);
  }

  /** The elements of a vectorised family as scalar distributions with derivatives. */
  private static List<AdDistribution> elements(FamilyDistribution f) {
    if (f.kind().isDiscrete()) {
      throw discrete(f.kind());
    }
    List<AdDistribution> out = new ArrayList<>(f.length());
    int arity = f.kind().arity();
    for (int i = 0; i < f.length(); i++) {
      AdReal[] params = new AdReal[arity];
      for (int j = 0; j < arity; j++) {
        Value v = f.args().get(j);
        Value e = v instanceof ArrayValue a ? a.elements().get(i) : v;
        params[j] = AdArith.number(e, f.name());
      }
      out.add(AdDistribution.of(f.kind(), params));
    }
    return out;
  }

  private static InferenceException discrete(Family family) {
    return new InferenceException("nuts: the model draws from '" + family.languageName()
        + "', a discrete distribution; gradient-based inference needs continuous draws only"
        + " (use --method smc, mh or enumerate)");
  }

  private static Value array(AdReal[] x) {
    List<Value> out = new ArrayList<>(x.length);
    for (AdReal xi : x) {
      out.add(AdArith.of(xi));
    }
    return new ArrayValue(out);
  }
}
