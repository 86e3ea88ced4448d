package org.ppl4j.runner.kernel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * What a notebook cell's run gives: the posterior, the text sections that {@code --predict}
 * and {@code --loo} add after its summary (as {@code ppl run} prints them), and the LOO report
 * for a later {@code %compare}.
 *
 * @param posterior the posterior of the program's result
 * @param sections text sections to show after the summary, each starting with an empty line
 * @param loo the run's PSIS-LOO report, with {@code --loo}
 */
public record CellOutcome(Posterior<Value> posterior, List<String> sections,
    Optional<LooReport> loo) {

  /** Requires the posterior; copies the sections. */
  public CellOutcome {
    Objects.requireNonNull(posterior, "posterior");
    sections = List.copyOf(sections);
    Objects.requireNonNull(loo, "loo");
  }
}
