package org.ppl4j.compiler;

import java.util.Objects;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.value.Value;

/**
 * One execution of an {@code observe} in a program compiled to record its observations
 * ({@link PplCompiler#compileObserving}): the statement's site, the name the observed
 * expression gives it, and the distribution and value this execution scored. It is the site
 * of that score, so that posterior predictive checks and pointwise log-likelihoods can be
 * computed from any method's draws; like every site it never changes the measure.
 *
 * @param at the statement and where it is
 * @param label the observed variable's name ({@code y} for {@code observe y ~ ...} and
 *     {@code observe y[i] ~ ...}), else {@code observe@LINE:COLUMN}
 * @param distribution the distribution this execution observed from
 * @param value the observed value (a number, or an array for a vectorised observe)
 */
public record ObservedSite(SourceScoreSite at, String label, Distribution<Value> distribution,
    Value value) implements ScoreSite {

  /** Requires every part. */
  public ObservedSite {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(value, "value");
  }

  /** The source site of {@code site}: itself, or the statement of an observation. */
  public static ScoreSite source(ScoreSite site) {
    return site instanceof ObservedSite o ? o.at() : site;
  }

  @Override
  public String toString() {
    return at.toString();
  }
}
