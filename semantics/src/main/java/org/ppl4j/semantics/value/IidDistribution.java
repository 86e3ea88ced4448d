package org.ppl4j.semantics.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.Product;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/**
 * {@code iid(D, n)} (LANGUAGE.md §9.2): {@code n} independent copies of the distribution
 * value {@code D}, over arrays of length {@code n}; drawn element by element from the one
 * generator, log density the sum of {@code D}'s at the elements.
 *
 * @param base the distribution copied
 * @param n the number of copies, {@code >= 0}
 */
public record IidDistribution(ValueDistribution base, int n) implements ValueDistribution {

  /**
   * Requires a distribution and {@code n >= 0}.
   *
   * @throws IllegalArgumentException for a negative {@code n}
   */
  public IidDistribution {
    Objects.requireNonNull(base, "base");
    if (n < 0) {
      throw new IllegalArgumentException("iid: n must be >= 0, got " + n);
    }
  }

  @Override
  public Family kind() {
    return base.kind();
  }

  @Override
  public List<Value> args() {
    return List.of(new DistributionValue(base), new IntValue(n));
  }

  @Override
  public String name() {
    return "iid";
  }

  @Override
  public Value sample(Rng rng) {
    List<Value> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(base.sample(rng));
    }
    return new ArrayValue(out);
  }

  @Override
  public double logDensity(Value x) {
    double total = 0.0;
    for (Value e : elements(x)) {
      total += base.logDensity(e);
    }
    return total;
  }

  @Override
  public boolean inSupport(Value x) {
    if (!(x instanceof ArrayValue a) || a.elements().size() != n) {
      return false;
    }
    return a.elements().stream().allMatch(base::inSupport);
  }

  @Override
  public Support support() {
    return new Support.Product(Collections.nCopies(n, base.support()));
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Optional<List<Value>> finiteSupport() {
    List<Distribution<?>> copies = Collections.nCopies(n, base);
    return new Product("iid", copies).finiteSupport().map(arrays -> {
      List<Value> out = new ArrayList<>(arrays.size());
      for (List<Object> a : arrays) {
        out.add(new ArrayValue((List) a));
      }
      return List.copyOf(out);
    });
  }

  @Override
  public boolean hasDerivativeParameters() {
    return base.hasDerivativeParameters();
  }

  @Override
  public AdReal logDensityAd(Value x) {
    List<Value> xs = elements(x);
    AdReal[] terms = new AdReal[xs.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = base.logDensityAd(xs.get(i));
    }
    return AdMath.sum(terms);
  }

  /**
   * The elements of an observed array.
   *
   * @throws IllegalArgumentException naming both lengths, or the type of a non-array
   */
  private List<Value> elements(Value x) {
    if (!(x instanceof ArrayValue a)) {
      throw new IllegalArgumentException("'iid' is a distribution over arrays of length " + n
          + ", so its density at a value of type " + x.typeName() + " is undefined");
    }
    if (a.elements().size() != n) {
      throw new IllegalArgumentException("'iid' with n = " + n
          + " cannot give the density of an array of length " + a.elements().size());
    }
    return a.elements();
  }
}
