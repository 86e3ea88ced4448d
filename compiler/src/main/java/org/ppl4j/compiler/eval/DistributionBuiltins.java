package org.ppl4j.compiler.eval;

import java.util.Map;
import org.ppl4j.semantics.value.CumulativeValues;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.IidDistribution;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.TruncatedDistribution;

/**
 * The distribution forms and functions of LANGUAGE.md §9.2: {@code iid(D, n)},
 * {@code truncated(D, lo, hi)}, and {@code cdf}, {@code lcdf}, {@code lccdf},
 * {@code quantile} of a univariate family's distribution (vectorised constructors are the
 * family builtins themselves, given arrays).
 */
final class DistributionBuiltins {
  private DistributionBuiltins() {}

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new SimpleBuiltin("iid", 2, 2, a -> {
      var d = Args.distribution(a[0], "iid");
      if (!(a[1] instanceof IntValue n) || n.value() < 0 || n.value() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("iid: n must be a non-negative Int, got "
            + TypeCheck.describe(a[1]) + (a[1] instanceof IntValue i ? " " + i.value() : ""));
      }
      return new DistributionValue(new IidDistribution(d, (int) n.value()));
    }));
    Builtins.add(table, new SimpleBuiltin("truncated", 3, 3, a -> new DistributionValue(
        TruncatedDistribution.of(Args.distribution(a[0], "truncated"), a[1], a[2]))));
    for (CumulativeValues.Function f : CumulativeValues.Function.values()) {
      Builtins.add(table, new SimpleBuiltin(f.builtin(), 2, 2,
          a -> CumulativeValues.apply(f, Args.distribution(a[0], f.builtin()), a[1])));
    }
    Builtins.add(table, new SimpleBuiltin("quantile", 2, 2,
        a -> CumulativeValues.quantile(Args.distribution(a[0], "quantile"), a[1])));
  }
}
