package org.ppl4j.proofs.nuts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.semantics.posterior.ChainDiagnostics;

/**
 * Compares NUTS draws with a posteriordb reference: each mean within 4 combined Monte Carlo
 * standard errors, {@code |mean - ref| <= 4 sqrt(sd^2 / ESS_bulk + mcse_ref^2)}, and each sd
 * within 10% of the reference sd; plus split R-hat. The run's ESS is used only when it is at
 * least {@link #ESS_FLOOR} (both checks fail below it). With ESS &gt;= 1000 the sd's own
 * relative standard error is about 1/sqrt(2 ESS) &lt;= 2.3% for a normal posterior, so 10% is
 * over 4 standard errors; at the floor, 400, it is 3.5% (about 3 standard errors).
 */
final class ReferenceComparison {
  private ReferenceComparison() {}

  static final double Z = 4.0;
  static final double SD_RELATIVE = 0.10;
  /** The smallest bulk ESS whose standard errors are trusted (100 per chain, 4 chains). */
  static final double ESS_FLOOR = 400;

  /** One parameter's comparison. */
  record Row(String name, double mean, double refMean, double combinedMcse, double sd,
      double refSd, double ess, double rhat) {
    boolean meanOk() {
      return ess >= ESS_FLOOR && Math.abs(mean - refMean) <= Z * combinedMcse;
    }

    boolean sdOk() {
      return ess >= ESS_FLOOR && Math.abs(sd - refSd) <= SD_RELATIVE * refSd;
    }

    @Override
    public String toString() {
      return String.format("%-10s mean %.5g ref %.5g (z = %.2f) sd %.4g ref %.4g (%.1f%%) "
          + "ess %.0f rhat %.4f", name, mean, refMean, (mean - refMean) / combinedMcse, sd,
          refSd, 100 * (sd - refSd) / refSd, ess, rhat);
    }
  }

  static List<Row> compare(NutsResult result, ReferenceSummary reference) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, ReferenceSummary.Entry> e : reference.parameters().entrySet()) {
      int k = result.indexOf(e.getKey());
      double[][] chains = result.chainsOf(k);
      double[] pooled = result.pooled(k);
      double mean = 0;
      for (double x : pooled) {
        mean += x / pooled.length;
      }
      double ss = 0;
      for (double x : pooled) {
        ss += (x - mean) * (x - mean);
      }
      double sd = Math.sqrt(ss / (pooled.length - 1));
      double ess = ChainDiagnostics.bulkEss(chains);
      double mcse = Math.sqrt(sd * sd / ess + e.getValue().mcseMean() * e.getValue().mcseMean());
      rows.add(new Row(e.getKey(), mean, e.getValue().mean(), mcse, sd, e.getValue().sd(), ess,
          ChainDiagnostics.splitRhat(chains)));
    }
    return rows;
  }
}
