package org.ppl4j.compiler.eval;

import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Unit;
import org.ppl4j.semantics.value.ComputedDistribution;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.Value;

/**
 * Where {@code sample}, {@code ~}, {@code observe} and {@code logpdf} meet a distribution value
 * that no family constructor made ({@code mixture}, {@code infer}): the same operations through
 * {@link ComputedDistribution}, with the same located errors.
 */
final class ComputedDistributions {
  private ComputedDistributions() {}

  /** {@code v} as a computed distribution, if it is one. */
  static Optional<ComputedDistribution> of(Value v) {
    return v instanceof DistributionValue d && d.distribution() instanceof ComputedDistribution c
        ? Optional.of(c) : Optional.empty();
  }

  /** The distribution {@code builtin} draws from: a computed one or a family's. */
  static Distribution<Value> drawable(Value v, String builtin) {
    Optional<ComputedDistribution> c = of(v);
    return c.isPresent() ? c.get() : Args.distribution(v, builtin);
  }

  /** The distribution on the right of {@code x ~ D}, or an error at {@code span}. */
  static Distribution<Value> drawable(Value v, SourceSpan span) {
    Optional<ComputedDistribution> c = of(v);
    return c.isPresent() ? c.get() : EffectNodes.distributionOf(v, span);
  }

  /** {@code logpdf(d, x)}. */
  static Value logpdf(Value d, Value x) {
    Optional<ComputedDistribution> c = of(d);
    return c.isPresent() ? c.get().logDensityValue(x)
        : Args.distribution(d, "logpdf").logDensityValue(x);
  }

  /**
   * The score of {@code observe x ~ c}: its log density (with its derivative recorded when it
   * has one), or an error at {@code span} where it is NaN or +infinity or undefined.
   */
  static Model<Unit> observe(ComputedDistribution c, Value x, SourceSpan span,
      ScoreSite site) {
    double logDensity;
    try {
      logDensity = c.logDensityForScore(x);
    } catch (IllegalArgumentException e) {
      throw Fail.at(span, e);
    }
    if (Double.isNaN(logDensity) || logDensity == Double.POSITIVE_INFINITY) {
      throw Fail.at(span, "the log density of '" + c.name() + "' at the observed value is "
          + (Double.isNaN(logDensity) ? "NaN" : "+infinity"));
    }
    return Model.score(logDensity, site);
  }
}
