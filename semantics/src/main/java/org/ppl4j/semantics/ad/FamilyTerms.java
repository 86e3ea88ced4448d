package org.ppl4j.semantics.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.ScalarTerm;

/**
 * The log density of a scalar family summed over elements, {@code sum_e log p(x_e | theta_e)},
 * as one tape node whose {@link Rule} recomputes it: Stan's vectorised lpdfs (one node, the
 * partials of every element's term summed into its parents, a broadcast parameter getting the
 * sum over all elements), and a single scalar observe or draw as the case of one element.
 *
 * <p>Each element's term is the family's own density formula
 * ({@link org.ppl4j.semantics.dist.FamilyDescription#logDensity}) evaluated in forward mode
 * ({@link TangentNum}), or its closed form with partials where the family has one
 * ({@link ScalarTerm}), so its value is the plain density's and its partials are exact; each
 * element's parameters are first validated by building the family's plain distribution, which
 * throws the language's error for a parameter outside its domain, as the interpreter does.
 */
public final class FamilyTerms implements Rule {
  private static final ThreadLocal<TangentNum> NUMS = ThreadLocal.withInitial(TangentNum::new);

  private final Family family;
  private final int elements;
  private final int slots;
  /** For element e and slot j (the parameters, then the draw): the parent, or -1. */
  private final int[] source;
  /** The constant of a slot whose source is -1. */
  private final double[] fixed;

  /** The parameters' domains, in order. */
  private final org.ppl4j.semantics.dist.Domain[] domains;
  /** Whether every element's parameters go through the constructor (see CROSS_CHECKED). */
  private final boolean crossChecked;
  /** The family's closed form, or null. */
  private final ScalarTerm term;

  private FamilyTerms(Family family, int elements, int[] source, double[] fixed) {
    this.family = family;
    this.elements = elements;
    this.slots = family.arity() + 1;
    this.source = source;
    this.fixed = fixed;
    this.domains = family.description().parameters().stream()
        .map(p -> p.domain()).toArray(org.ppl4j.semantics.dist.Domain[]::new);
    this.crossChecked = CROSS_CHECKED.contains(family);
    this.term = family.description().term().orElse(null);
  }

  /** The family whose terms this node sums. */
  Family family() {
    return family;
  }

  /**
   * One node summing the terms of {@code parts} (all of one family), in order: parts[m]'s
   * parent j is node {@code parentNodes[m][j]}; the merged node's parents are
   * {@code mergedParents} (filled here, each node once). The sum is the same function of the
   * same numbers, so its value and partials are those of the parts added up.
   */
  static FamilyTerms concat(java.util.List<FamilyTerms> parts, int[][] parentNodes,
      java.util.List<Integer> mergedParents) {
    Family family = parts.get(0).family;
    int slots = family.arity() + 1;
    int elements = 0;
    for (FamilyTerms part : parts) {
      elements += part.elements;
    }
    int[] source = new int[elements * slots];
    double[] fixed = new double[elements * slots];
    Map<Integer, Integer> position = new HashMap<>();
    int at = 0;
    for (int m = 0; m < parts.size(); m++) {
      FamilyTerms part = parts.get(m);
      for (int k = 0; k < part.source.length; k++) {
        int s = part.source[k];
        if (s < 0) {
          source[at] = -1;
          fixed[at] = part.fixed[k];
        } else {
          int node = parentNodes[m][s];
          source[at] = position.computeIfAbsent(node, x -> {
            mergedParents.add(x);
            return mergedParents.size() - 1;
          });
        }
        at++;
      }
    }
    return new FamilyTerms(family, elements, source, fixed);
  }

  /** Whether {@code family}'s draws and parameters are all single numbers. */
  public static boolean covers(Family family) {
    if (family.isMultivariate()) {
      return false;
    }
    return family.description().parameters().stream().allMatch(p ->
        switch (p.domain().shape()) {
          case REAL, INT -> true;
          case REAL_ARRAY, REAL_MATRIX -> false;
        });
  }

  /**
   * The node {@code sum_e log p(x_e | theta_e)} where {@code elements[e]} holds element e's
   * parameters in the family's order followed by its draw (a constant where observed data).
   *
   * @throws IllegalArgumentException naming the family, parameter and value when an element's
   *     parameter is outside its domain
   */
  public static AdReal sum(Family family, AdReal[][] elements) {
    if (!covers(family)) {
      throw new IllegalArgumentException(family.languageName() + " is not a scalar family");
    }
    int slots = family.arity() + 1;
    int[] source = new int[elements.length * slots];
    double[] fixed = new double[elements.length * slots];
    Map<Integer, Integer> position = new HashMap<>();
    List<AdReal> parents = new ArrayList<>();
    for (int e = 0; e < elements.length; e++) {
      if (elements[e].length != slots) {
        throw new IllegalArgumentException(family.languageName() + ": expected " + slots
            + " numbers per element, got " + elements[e].length);
      }
      for (int j = 0; j < slots; j++) {
        AdReal a = elements[e][j];
        int at = e * slots + j;
        if (a.isConstant()) {
          source[at] = -1;
          fixed[at] = a.peek();
        } else {
          source[at] = position.computeIfAbsent(a.index(), i -> {
            parents.add(a);
            return parents.size() - 1;
          });
        }
      }
    }
    return Tape.apply(new FamilyTerms(family, elements.length, source, fixed), 0.0,
        parents.toArray(new AdReal[0]));
  }

  /**
   * The families whose constructor checks more than each parameter's {@link
   * org.ppl4j.semantics.dist.Domain} (a bound between two parameters): their parameters are
   * always validated by the constructor. For every other family, parameters that all satisfy
   * their domains are accepted by the constructor ({@code FamilyTermsTest} checks this on
   * every family and the edges of every domain), so only a failed domain check calls it, for
   * its message.
   */
  static final java.util.Set<Family> CROSS_CHECKED = java.util.EnumSet.of(Family.UNIFORM,
      Family.UNIFORM_INT);

  /** One thread's registers for the terms of a family with {@code slots} numbers. */
  private static final class Scratch {
    final double[] v;
    final double[] d;
    final double[] memo = new double[ScalarTerm.MEMO];
    final int[] direction;
    final long[] x = new long[1];
    final long[][] p;
    final List<long[]> parameters;

    Scratch(int slots) {
      v = new double[slots];
      d = new double[slots];
      direction = new int[slots];
      p = new long[slots - 1][1];
      parameters = Arrays.asList(p);
    }
  }

  private static final ThreadLocal<Scratch[]> SCRATCH =
      ThreadLocal.withInitial(() -> new Scratch[8]);

  private static Scratch scratch(int slots) {
    Scratch[] all = SCRATCH.get();
    if (slots >= all.length) {
      return new Scratch(slots);
    }
    Scratch s = all[slots];
    if (s == null) {
      s = new Scratch(slots);
      all[slots] = s;
    }
    return s;
  }

  @Override
  public double apply(double[] in, int n, double constant, double[] partials) {
    if (partials != null) {
      Arrays.fill(partials, 0, n, 0.0);
    }
    Scratch scratch = scratch(slots);
    double[] v = scratch.v;
    double[] d = scratch.d;
    int arity = slots - 1;
    if (term != null) {
      Arrays.fill(scratch.memo, Double.NaN);
      return closedForm(in, partials, v, d, scratch.memo, arity);
    }
    return forwardMode(in, partials, v, scratch, arity);
  }

  /** As {@link #apply} at every point, the scratch space (and a memo of each shared parameter) set up once. */
  @Override
  public void applyEach(double[][] parents, double constant, double[] out, int lo, int hi,
      double[] skip, double[] in) {
    Scratch scratch = scratch(slots);
    int arity = slots - 1;
    int n = parents.length;
    Arrays.fill(scratch.memo, Double.NaN);
    for (int p = lo; p < hi; p++) {
      if (skip[p] == Double.NEGATIVE_INFINITY) {
        out[p] = Double.NaN;
        continue;
      }
      for (int j = 0; j < n; j++) {
        in[j] = parents[j][p];
      }
      out[p] = term != null ? closedForm(in, null, scratch.v, scratch.d, scratch.memo, arity)
          : forwardMode(in, null, scratch.v, scratch, arity);
    }
  }

  /** The sum by the family's formula in forward mode ({@link TangentNum}). */
  private double forwardMode(double[] in, double[] partials, double[] v, Scratch scratch,
      int arity) {
    int[] direction = scratch.direction;
    long[][] p = scratch.p;
    TangentNum num = NUMS.get();
    double total = 0.0;
    for (int e = 0, base = 0; e < elements; e++, base += slots) {
      gather(in, base, v);
      int k = 0;
      for (int j = 0; j < slots; j++) {
        direction[j] = source[base + j] < 0 || partials == null ? -1 : k++;
      }
      validate(v, arity);
      num.reset(k);
      for (int j = 0; j < arity; j++) {
        p[j][0] = direction[j] < 0 ? num.constant(v[j]) : num.seed(v[j], direction[j]);
      }
      scratch.x[0] = direction[arity] < 0 ? num.constant(v[arity])
          : num.seed(v[arity], direction[arity]);
      long logP = family.description().logDensity(num, scratch.x, scratch.parameters);
      total += num.value(logP);
      if (k > 0) {
        for (int j = 0; j < slots; j++) {
          if (direction[j] >= 0) {
            partials[source[base + j]] += num.tangent(logP, direction[j]);
          }
        }
      }
    }
    return total;
  }

  /** Element {@code base / slots}'s numbers: its parents' values or its constants. */
  private void gather(double[] in, int base, double[] v) {
    for (int j = 0; j < slots; j++) {
      int s = source[base + j];
      v[j] = s < 0 ? fixed[base + j] : in[s];
    }
  }

  /** The sum by the family's closed form ({@link ScalarTerm}), partials scattered as they come. */
  private double closedForm(double[] in, double[] partials, double[] v, double[] d,
      double[] memo, int arity) {
    double[] slotPartials = partials == null ? null : d;
    double total = 0.0;
    for (int e = 0, base = 0; e < elements; e++, base += slots) {
      gather(in, base, v);
      validate(v, arity);
      total += term.logDensity(v, slotPartials, memo);
      if (partials != null) {
        for (int j = 0; j < slots; j++) {
          int s = source[base + j];
          if (s >= 0) {
            partials[s] += d[j];
          }
        }
      }
    }
    return total;
  }

  /** Throws the family's error when parameters {@code v[0..arity)} are outside its domain. */
  private void validate(double[] v, int arity) {
    boolean admitted = !crossChecked;
    for (int j = 0; j < arity && admitted; j++) {
      admitted = domains[j].admits(v[j]);
    }
    if (!admitted) {
      family.description().constructor().apply(new ScalarArguments(family, v.clone()));
    }
  }
}
