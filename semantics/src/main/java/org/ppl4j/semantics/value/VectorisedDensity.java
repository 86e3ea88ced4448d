package org.ppl4j.semantics.value;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdNode;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Family;

/**
 * The log density of a vectorised family (LANGUAGE.md §9.2) with its derivatives, as ONE tape
 * node: {@code sum_i log p(x_i | theta_i)} with the partials of every element's term summed
 * into its parents (a broadcast scalar parameter gets the sum over all elements), as Stan's
 * vectorised lpdfs. Each element's term is the family's own density formula, differentiated
 * on a private scratch tape (reset per element) whose adjoints become the node's partials, so
 * every family is covered by the formula its scalar form uses.
 */
final class VectorisedDensity {
  private VectorisedDensity() {}

  static AdReal logDensity(FamilyDistribution d, Value x) {
    if (d.kind() == Family.NORMAL) {
      java.util.Optional<AdReal> fast =
          NormalVectorisedDensity.logDensity(d.args(), d.observedElements(x));
      if (fast.isPresent()) {
        return fast.get();
      }
    }
    return general(d, x);
  }

  /** The general path: each element's term differentiated on a scratch tape. */
  static AdReal general(FamilyDistribution d, Value x) {
    Family kind = d.kind();
    List<Value> xs = d.observedElements(x);
    int n = xs.size();
    int arity = kind.arity();
    Value[] args = d.args().toArray(new Value[0]);
    AdReal[] broadcast = new AdReal[arity];
    double[] broadcastPartial = new double[arity];
    List<AdReal> parents = new ArrayList<>();
    List<Double> partials = new ArrayList<>();
    Tape scratch = new Tape();
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      scratch.reset();
      AdReal[] original = new AdReal[arity];
      AdReal[] local = new AdReal[arity];
      for (int j = 0; j < arity; j++) {
        boolean array = args[j] instanceof ArrayValue;
        Value v = array ? ((ArrayValue) args[j]).elements().get(i) : args[j];
        if (!array && broadcast[j] != null) {
          original[j] = broadcast[j];
        } else {
          original[j] = AdArith.number(v, kind.languageName());
          if (!array) {
            broadcast[j] = original[j];
          }
        }
        local[j] = original[j].isConstant() ? original[j] : scratch.variable(original[j].value());
      }
      AdReal xo = AdArith.number(xs.get(i), kind.languageName());
      AdReal xl = xo.isConstant() ? xo : scratch.variable(xo.value());
      AdReal term = AdDistribution.of(kind, local).logDensity(xl);
      total += term.value();
      if (term.isConstant()) {
        continue;
      }
      scratch.backward(term);
      for (int j = 0; j < arity; j++) {
        if (local[j].isConstant()) {
          continue;
        }
        double partial = scratch.adjoint(local[j]);
        if (args[j] instanceof ArrayValue) {
          parents.add(original[j]);
          partials.add(partial);
        } else {
          broadcastPartial[j] += partial;
        }
      }
      if (!xl.isConstant()) {
        parents.add(xo);
        partials.add(scratch.adjoint(xl));
      }
    }
    for (int j = 0; j < arity; j++) {
      if (broadcast[j] != null && !broadcast[j].isConstant()) {
        parents.add(broadcast[j]);
        partials.add(broadcastPartial[j]);
      }
    }
    double[] p = new double[partials.size()];
    for (int k = 0; k < p.length; k++) {
      p[k] = partials.get(k);
    }
    return AdNode.of(total, parents.toArray(new AdReal[0]), p);
  }
}
