package org.ppl4j.semantics.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.random.Rng;

/**
 * The product of independent distributions: draws are lists whose element {@code i} is a
 * draw of {@code elements.get(i)}, drawn in order from the one generator; the log density is
 * the sum of the elements' log densities. It is what a univariate family with array arguments
 * denotes (LANGUAGE.md §9.2) and what {@code iid(D, n)} denotes.
 *
 * @param name the name used in the language (the family's, or {@code iid})
 * @param elements the factors, in order
 */
public record Product(String name, List<Distribution<?>> elements)
    implements Distribution<List<Object>> {

  /** The most arrays {@link #finiteSupport()} lists (beyond it, enumeration is refused). */
  public static final long MAX_ENUMERATED = 1_000_000;

  /** Copies the factors. */
  public Product {
    elements = List.copyOf(elements);
  }

  /** The number of factors (the length of a draw). */
  public int length() {
    return elements.size();
  }

  @Override
  public List<Object> sample(Rng rng) {
    List<Object> out = new ArrayList<>(elements.size());
    for (Distribution<?> d : elements) {
      out.add(d.sample(rng));
    }
    return out;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public double logDensity(List<Object> x) {
    if (x.size() != elements.size()) {
      return Double.NEGATIVE_INFINITY;
    }
    double total = 0.0;
    for (int i = 0; i < x.size(); i++) {
      total += ((Distribution) elements.get(i)).logDensity(x.get(i));
    }
    return total;
  }

  @Override
  public Support support() {
    List<Support> supports = new ArrayList<>(elements.size());
    for (Distribution<?> d : elements) {
      supports.add(d.support());
    }
    return new Support.Product(supports);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public boolean inSupport(List<Object> x) {
    if (x.size() != elements.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!((Distribution) elements.get(i)).inSupport(x.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every array of positive mass when each factor has a finite support: the Cartesian product,
   * the last element varying fastest.
   *
   * @throws IllegalArgumentException when there are more than {@link #MAX_ENUMERATED}
   */
  @Override
  public Optional<List<List<Object>>> finiteSupport() {
    List<List<?>> factors = new ArrayList<>(elements.size());
    long count = 1;
    for (Distribution<?> d : elements) {
      Optional<? extends List<?>> values = d.finiteSupport();
      if (values.isEmpty()) {
        return Optional.empty();
      }
      factors.add(values.get());
      count *= values.get().size();
      if (count > MAX_ENUMERATED) {
        throw new IllegalArgumentException(name + ": an array of " + elements.size()
            + " elements has more than " + MAX_ENUMERATED + " values, too many to enumerate");
      }
    }
    List<List<Object>> out = new ArrayList<>();
    out.add(List.of());
    for (List<?> values : factors) {
      List<List<Object>> next = new ArrayList<>(out.size() * values.size());
      for (List<Object> prefix : out) {
        for (Object v : values) {
          List<Object> longer = new ArrayList<>(prefix);
          longer.add(v);
          next.add(longer);
        }
      }
      out = next;
    }
    return Optional.of(out);
  }
}
