package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.AdStatistics;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The array statistics of LANGUAGE.md §9.1: {@code cumsum}, {@code sort}, {@code variance},
 * {@code sd}, {@code softmax} and {@code log_softmax}. {@code cumsum} and {@code sort} of an
 * {@code Int[]} give an {@code Int[]}; the rest give {@code Real}s. Derivatives are kept:
 * {@code sort} permutes the values themselves, {@code cumsum} is one addition node per element,
 * the others one node per output ({@link AdStatistics}). {@code variance} and {@code sd} are
 * the sample statistics (divisor {@code n - 1}, as R and Stan) and need two elements.
 */
final class StatisticsBuiltins {
  private StatisticsBuiltins() {}

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new SimpleBuiltin("cumsum", 1, 1, a -> cumsum(a[0])));
    Builtins.add(table, new SimpleBuiltin("sort", 1, 1, a -> sort(a[0])));
    Builtins.add(table, new SimpleBuiltin("variance", 1, 1,
        a -> sample(a[0], "variance", AdStatistics::variance)));
    Builtins.add(table, new SimpleBuiltin("sd", 1, 1,
        a -> sample(a[0], "sd", AdStatistics::sd)));
    Builtins.add(table, new SimpleBuiltin("softmax", 1, 1,
        a -> Shapes.toArray(AdStatistics.softmax(finiteMax(a[0], "softmax")))));
    Builtins.add(table, new SimpleBuiltin("log_softmax", 1, 1,
        a -> Shapes.toArray(AdStatistics.logSoftmax(finiteMax(a[0], "log_softmax")))));
  }

  /** The running sums {@code [x0, x0 + x1, ...]}: exact for {@code Int}s, else {@code Real}. */
  private static Value cumsum(Value v) {
    AdReal[] xs = Shapes.vector(v, "cumsum", "xs");
    ArrayValue array = (ArrayValue) v;
    List<Value> out = new ArrayList<>(xs.length);
    if (Shapes.allInts(array)) {
      Value acc = ArrayBuiltins.intValue(0);
      for (Value x : array.elements()) {
        acc = Arith.add(acc, x);
        out.add(acc);
      }
      return new ArrayValue(out);
    }
    AdReal[] sums = new AdReal[xs.length];
    for (int i = 0; i < xs.length; i++) {
      sums[i] = i == 0 ? xs[0] : sums[i - 1].plus(xs[i]);
    }
    return Shapes.toArray(sums);
  }

  /**
   * The numbers in ascending order (stable); an {@code Int[]} stays one, otherwise every
   * element becomes a {@code Real}, keeping its derivative. A NaN has no place and is an error.
   */
  private static Value sort(Value v) {
    AdReal[] xs = Shapes.vector(v, "sort", "xs");
    for (int i = 0; i < xs.length; i++) {
      if (Double.isNaN(xs[i].value())) {
        throw new IllegalArgumentException("'sort' cannot order nan (at index " + i + ")");
      }
    }
    ArrayValue array = (ArrayValue) v;
    List<Value> out = new ArrayList<>(array.elements());
    if (Shapes.allInts(array)) {
      out.sort(Comparator.comparingLong(x -> ((IntValue) x).value()));
      return new ArrayValue(out);
    }
    out.replaceAll(x -> x instanceof IntValue i ? new RealValue(i.value()) : x);
    out.sort(Comparator.comparingDouble(Arith::toDouble));
    return new ArrayValue(out);
  }

  private static Value sample(Value v, String name, Function<AdReal[], AdReal> statistic) {
    AdReal[] xs = Shapes.vector(v, name, "xs");
    if (xs.length < 2) {
      throw new IllegalArgumentException("'" + name + "' needs at least 2 elements (the sample "
          + name + " divides by n - 1), got " + xs.length);
    }
    AdReal result = statistic.apply(xs);
    return result.isConstant() ? new RealValue(result.value()) : new AdRealValue(result);
  }

  /** The numbers of {@code v}, refused when their maximum is infinite (the result is 0/0). */
  private static AdReal[] finiteMax(Value v, String name) {
    AdReal[] xs = Shapes.vector(v, name, "xs");
    double max = Double.NEGATIVE_INFINITY;
    for (AdReal x : xs) {
      max = Math.max(max, x.value());
    }
    if (xs.length > 0 && !Double.isFinite(max)) {
      throw new IllegalArgumentException("'" + name + "' needs a finite largest element, got "
          + ValueText.real(max));
    }
    return xs;
  }
}
