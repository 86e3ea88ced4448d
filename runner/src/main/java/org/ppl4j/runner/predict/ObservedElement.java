package org.ppl4j.runner.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ppl4j.compiler.ObservedSite;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Domain;
import org.ppl4j.semantics.dist.FamilyDescription;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.FamilyDistribution;
import org.ppl4j.semantics.value.IidDistribution;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * One observed element: the unit of a pointwise log-likelihood and of a replicated value. An
 * {@code observe} of a number is one element per execution; a vectorised {@code observe} of
 * an array (LANGUAGE.md §9.2: a univariate family with array or broadcast parameters, or
 * {@code iid(D, n)}) is one element per array element, its distribution the family at that
 * element's parameters, so that the elements' log densities sum to the statement's score; any
 * other distribution (a multivariate family, a mixture, {@code infer}) is one element whose
 * value may be an array.
 *
 * @param site the statement's observation
 * @param distribution the element's distribution, with plain numbers as parameters
 * @param value the observed value of the element
 */
public record ObservedElement(ObservedSite site, Distribution<Value> distribution, Value value) {

  /** Requires every part. */
  public ObservedElement {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(value, "value");
  }

  /** {@code log p(value)} under the element's distribution. */
  public double logLikelihood() {
    return distribution.logDensity(value);
  }

  /** The elements of one execution of an {@code observe}, in array order. */
  public static List<ObservedElement> of(ObservedSite site) {
    Distribution<Value> d = site.distribution();
    Value x = AdArith.plain(site.value());
    List<ObservedElement> out = new ArrayList<>();
    if (x instanceof ArrayValue xs && d instanceof IidDistribution iid
        && iid.n() == xs.elements().size()) {
      Distribution<Value> base = plain(iid.base());
      xs.elements().forEach(e -> out.add(new ObservedElement(site, base, e)));
    } else if (x instanceof ArrayValue xs && d instanceof FamilyDistribution f
        && scalarParameters(f.kind().description())) {
      List<Value> args = f.args().stream().map(AdArith::plain).toList();
      int n = xs.elements().size();
      for (int i = 0; i < n; i++) {
        List<Value> at = new ArrayList<>(args.size());
        for (Value a : args) {
          at.add(a instanceof ArrayValue array ? array.elements().get(i) : a);
        }
        out.add(new ObservedElement(site, FamilyDistribution.of(f.kind(), at),
            xs.elements().get(i)));
      }
    } else {
      out.add(new ObservedElement(site, plain(d), x));
    }
    return out;
  }

  /** Whether every parameter of the family is a number (so array arguments are per element). */
  private static boolean scalarParameters(FamilyDescription family) {
    return family.parameters().stream().allMatch(p -> p.domain().shape() == Domain.Shape.REAL
        || p.domain().shape() == Domain.Shape.INT);
  }

  /** {@code d} with its parameters as plain numbers where they carry derivatives (NUTS). */
  private static Distribution<Value> plain(Distribution<Value> d) {
    if (d instanceof FamilyDistribution f) {
      return FamilyDistribution.of(f.kind(), f.args().stream().map(AdArith::plain).toList());
    } else if (d instanceof IidDistribution iid && iid.base() instanceof FamilyDistribution) {
      return new IidDistribution((ValueDistribution) plain(iid.base()), iid.n());
    }
    return d;
  }
}
