package org.ppl4j.runner.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.runner.plot.Figure;
import org.ppl4j.runner.plot.Histogram;
import org.ppl4j.runner.plot.HistogramPanel;
import org.ppl4j.runner.plot.LinePanel;
import org.ppl4j.runner.plot.Panel;
import org.ppl4j.runner.plot.Series;
import org.ppl4j.semantics.posterior.Leaf;
import org.ppl4j.semantics.posterior.Leaves;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;

/**
 * The plots of a posterior, as one SVG figure: a density histogram per numeric leaf (a bar per
 * value for discrete leaves), a trace plot per leaf when Markov chains ran (one line per chain),
 * and the effective sample size per step when SMC reported it. The one renderer of a posterior:
 * the notebook display and {@code ppl run --plot OUT.svg} both draw it.
 */
public final class PosteriorFigure {

  /** At most this many leaves get a histogram (a record of many arrays would be unreadable). */
  public static final int MAX_HISTOGRAMS = 9;
  /** At most this many leaves get a trace plot. */
  public static final int MAX_TRACES = 3;
  /** Discrete leaves spanning more values than this are binned like real ones. */
  static final int MAX_DISCRETE_BARS = 50;

  private PosteriorFigure() {}

  /** The figure of {@code posterior}, or empty when it has no numeric leaf. */
  public static Optional<Figure> of(Posterior<?> posterior) {
    Map<String, Summary> summary = posterior.summary();
    List<Panel> panels = new ArrayList<>();
    List<String> leaves = summary.keySet().stream().limit(MAX_HISTOGRAMS).toList();
    for (String leaf : leaves) {
      Optional<Histogram> bars = summary.get(leaf).probabilities().flatMap(PosteriorFigure::discreteBars);
      panels.add(bars.isPresent() ? new HistogramPanel(leaf, bars.get(), true)
          : new HistogramPanel(leaf, histogram(posterior, leaf)));
    }
    if (!posterior.chains().isEmpty()) {
      for (String leaf : leaves.subList(0, Math.min(MAX_TRACES, leaves.size()))) {
        panels.add(trace(posterior, leaf));
      }
    }
    List<Double> essHistory = posterior.diagnostics().essHistory();
    if (!essHistory.isEmpty()) {
      double[] ess = essHistory.stream().mapToDouble(Double::doubleValue).toArray();
      panels.add(new LinePanel("effective sample size", "step", "ESS",
          List.of(Series.indexed("ESS", ess)), true));
    }
    return panels.isEmpty() ? Optional.empty() : Optional.of(Figure.of(panels, 3));
  }

  /** The SVG document of {@link #of}, or empty when there is nothing to plot. */
  public static Optional<String> svg(Posterior<?> posterior) {
    return of(posterior).map(Figure::toSvg);
  }

  private static Histogram histogram(Posterior<?> posterior, String leaf) {
    int draws = posterior.draws().size();
    int bins = draws < 200 ? 10 : draws < 5000 ? 25 : 40;
    return Histogram.from(posterior.histogram(leaf, bins));
  }

  /** One unit-wide bar centred on each value from the smallest to the largest. */
  private static Optional<Histogram> discreteBars(Map<String, Double> probabilities) {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (String label : probabilities.keySet()) {
      long value = numeric(label);
      lo = Math.min(lo, value);
      hi = Math.max(hi, value);
    }
    if (hi - lo + 1 > MAX_DISCRETE_BARS) {
      return Optional.empty();
    }
    int bars = (int) (hi - lo + 1);
    double[] edges = new double[bars + 1];
    double[] masses = new double[bars];
    for (int i = 0; i <= bars; i++) {
      edges[i] = lo + i - 0.5;
    }
    probabilities.forEach((label, p) -> masses[(int) (numeric(label) - edges[0] - 0.5)] += p);
    return Optional.of(new Histogram(edges, masses));
  }

  private static long numeric(String label) {
    return Long.parseLong(label);
  }

  private static LinePanel trace(Posterior<?> posterior, String leaf) {
    List<Series> series = new ArrayList<>();
    List<? extends List<?>> chains = posterior.chains();
    for (int c = 0; c < chains.size(); c++) {
      List<?> chain = chains.get(c);
      double[] values = new double[chain.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = leafValue(posterior.resultName(), chain.get(i), leaf);
      }
      series.add(Series.indexed("chain " + (c + 1), values));
    }
    return new LinePanel("trace of " + leaf, "iteration", leaf, series);
  }

  private static double leafValue(String rootName, Object draw, String leaf) {
    for (Leaf l : Leaves.flatten(rootName, draw)) {
      if (l.name().equals(leaf)) {
        return l.value();
      }
    }
    return Double.NaN;
  }
}
