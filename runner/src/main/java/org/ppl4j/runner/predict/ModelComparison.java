package org.ppl4j.runner.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ppl4j.inference.loo.ElpdDifference;
import org.ppl4j.runner.UserError;

/**
 * Models compared by PSIS-LOO as R's {@code loo_compare} does: ordered by {@code elpd_loo},
 * best first, each with its difference to the best and the standard error of that difference
 * from the pointwise differences ({@link ElpdDifference}); the best has 0 and 0.
 *
 * @param rows the models, best first
 */
public record ModelComparison(List<Row> rows) {

  /**
   * One model.
   *
   * @param file the program's file name
   * @param loo its PSIS-LOO report
   * @param difference {@code elpd_loo} minus the best model's, with its SE
   */
  public record Row(String file, LooReport loo, ElpdDifference difference) {}

  /** Copies the rows. */
  public ModelComparison {
    rows = List.copyOf(rows);
  }

  /**
   * Compares the models {@code files} whose reports are {@code reports} (same order).
   *
   * @throws UserError when two models observe different elements (by name)
   */
  public static ModelComparison of(List<String> files, List<LooReport> reports) {
    for (int m = 1; m < reports.size(); m++) {
      if (!reports.get(m).names().equals(reports.get(0).names())) {
        throw new UserError("'" + files.get(m) + "' observes " + describe(reports.get(m))
            + " but '" + files.get(0) + "' observes " + describe(reports.get(0))
            + "; elpd can only be compared on the same observations (name the observed"
            + " variable alike in both programs)");
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int m = 0; m < reports.size(); m++) {
      order.add(m);
    }
    order.sort(Comparator.comparingDouble(
        (Integer m) -> -reports.get(m).loo().elpd().estimate()));
    LooReport best = reports.get(order.get(0));
    List<Row> rows = new ArrayList<>();
    for (int m : order) {
      rows.add(new Row(files.get(m), reports.get(m),
          ElpdDifference.of(best.loo().elpd(), reports.get(m).loo().elpd())));
    }
    return new ModelComparison(rows);
  }

  private static String describe(LooReport report) {
    List<String> names = report.names();
    return names.size() + " element" + (names.size() == 1 ? "" : "s") + " ("
        + (names.size() <= 3 ? String.join(", ", names)
            : names.get(0) + ", ..., " + names.get(names.size() - 1)) + ")";
  }
}
