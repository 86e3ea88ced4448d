package org.ppl4j.runner.output;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.runner.predict.Predictive;

/**
 * The {@code --predict} columns of a draws file: {@code rep.NAME} for each numeric leaf of an
 * element's replicated value ({@code rep.y[3]}), then {@code log_lik.NAME} for each element's
 * pointwise log-likelihood ({@code log_lik.y[3]}), one row per replicate (per draw, except
 * for an exact posterior: {@link Predictive#copies()} rows per distinct result, each with its
 * result's log-likelihoods), with the run's chains and weights.
 */
public final class PredictiveColumns {
  private PredictiveColumns() {}

  /** The columns of {@code predictive}. */
  public static DrawTable of(Predictive predictive) {
    DrawTable replicates = DrawTable.of(predictive.replicates(), "y_rep").prefixed("rep.");
    List<String> names = predictive.names().stream().map(n -> "log_lik." + n).toList();
    double[][] ll = predictive.logLikelihood();
    List<double[]> rows = new ArrayList<>(ll.length);
    for (int r = 0; r < ll.length * predictive.copies(); r++) {
      rows.add(ll[r / predictive.copies()].clone());
    }
    return replicates.withColumns(names, rows);
  }
}
