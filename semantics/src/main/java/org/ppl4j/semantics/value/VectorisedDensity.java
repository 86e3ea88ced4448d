package org.ppl4j.semantics.value;

import java.util.List;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.FamilyTerms;
import org.ppl4j.semantics.dist.Family;

/**
 * The log density of a vectorised family (LANGUAGE.md §9.2) with its derivatives, as ONE tape
 * node: {@code sum_i log p(x_i | theta_i)} with the partials of every element's term summed
 * into its parents (a broadcast scalar parameter gets the sum over all elements), as Stan's
 * vectorised lpdfs. Each element's term is the family's own density formula in forward mode
 * ({@link FamilyTerms}), so every family is covered by the formula its scalar form uses, and
 * the node replays in a compiled density.
 */
final class VectorisedDensity {
  private VectorisedDensity() {}

  static AdReal logDensity(FamilyDistribution d, Value x) {
    Family kind = d.kind();
    List<Value> xs = d.observedElements(x);
    int n = xs.size();
    int arity = kind.arity();
    Value[] args = d.args().toArray(new Value[0]);
    AdReal[] broadcast = new AdReal[arity];
    AdReal[][] elements = new AdReal[n][arity + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < arity; j++) {
        if (args[j] instanceof ArrayValue a) {
          elements[i][j] = AdArith.number(a.elements().get(i), kind.languageName());
        } else {
          if (broadcast[j] == null) {
            broadcast[j] = AdArith.number(args[j], kind.languageName());
          }
          elements[i][j] = broadcast[j];
        }
      }
      elements[i][arity] = AdArith.number(xs.get(i), kind.languageName());
    }
    return FamilyTerms.sum(kind, elements);
  }
}
