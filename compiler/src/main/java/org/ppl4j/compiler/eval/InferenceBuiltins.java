package org.ppl4j.compiler.eval;

import java.util.Map;
import org.ppl4j.semantics.nested.InferDistribution;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.MixtureDistribution;

/**
 * {@code infer}, {@code evidence} and {@code cache} (nested inference, LANGUAGE.md §9.3) and
 * {@code mixture} (§9.2).
 */
final class InferenceBuiltins {
  private InferenceBuiltins() {}

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new InferBuiltin());
    Builtins.add(table, new SimpleBuiltin("evidence", 1, 1, a -> {
      if (a[0] instanceof DistributionValue d && d.distribution() instanceof InferDistribution i) {
        return i.logEvidenceValue();
      }
      throw new IllegalArgumentException("'evidence' expects a distribution made by 'infer', got "
          + (a[0] instanceof DistributionValue ? ValueText.of(a[0]) : TypeCheck.describe(a[0])));
    }));
    Builtins.add(table, new SimpleBuiltin("cache", 1, 1, a -> {
      if (!(a[0] instanceof Callable f)) {
        throw new IllegalArgumentException(
            "'cache' expects a function, got " + TypeCheck.describe(a[0]));
      }
      return CacheFunction.of(f);
    }));
    Builtins.add(table, new SimpleBuiltin("mixture", 2, 2, a -> new DistributionValue(
        MixtureDistribution.of(Args.array(a[0], "mixture").elements(),
            Args.array(a[1], "mixture").elements()))));
  }
}
