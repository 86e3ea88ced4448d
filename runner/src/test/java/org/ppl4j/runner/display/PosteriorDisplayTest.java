package org.ppl4j.runner.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.runner.plot.SvgXml;
import org.ppl4j.semantics.posterior.Summary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PosteriorDisplayTest {

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  @Test
  void smcPosteriorShowsTableHistogramAndEssEvolution() throws Exception {
    var posterior = Posteriors.weighted(1000);
    MimeBundle bundle = PosteriorDisplay.of(posterior);
    assertEquals(List.of("text/plain", "text/html", "image/svg+xml"), List.copyOf(bundle.data().keySet()));
    String html = bundle.get(MimeBundle.HTML).orElseThrow();
    assertTrue(html.contains("<table class=\"ppl4j-summary\">"), html);
    assertTrue(html.contains("<svg"), "plots inline in the HTML");
    assertTrue(html.contains("log evidence -7.25"), html);
    Document svg = SvgXml.parse(bundle.get(MimeBundle.SVG).orElseThrow());
    assertEquals(1, SvgXml.count(svg, "polyline"), "one ESS line");
    assertEquals(1 + 25, SvgXml.count(svg, "rect"), "background and 25 bins for 1000 draws");
    assertTrue(bundle.plainText().contains("ess"));
  }

  @Test
  void tableCellsAreTheSummaryRoundedToFourDigits() {
    var posterior = Posteriors.weighted(1000);
    Summary p = posterior.summary().get("p");
    SummaryTable table = SummaryTable.of(posterior);
    assertEquals(List.of("", "mean", "sd", "q05", "q50", "q95", "ess", "rhat", "mcse",
        "ess_tail"), table.header());
    List<String> row = table.rows().get(0);
    assertEquals("p", row.get(0));
    assertEquals(p.mean(), Double.parseDouble(row.get(1)), Math.abs(p.mean()) * 1e-3);
    assertEquals(p.q95(), Double.parseDouble(row.get(5)), Math.abs(p.q95()) * 1e-3);
    assertEquals("-", row.get(7), "no R-hat without chains");
    String[] lines = table.text().split("\n");
    assertEquals(3, lines.length, "caption, header, one leaf");
    assertEquals(lines[1].length(), lines[2].length(), "columns aligned");
  }

  @Test
  void warningsFollowTheTableInTextAndHtml() {
    var posterior = Posteriors.chains(200);
    var warned = posterior.withDiagnostics(posterior.diagnostics().withAdaptiveWarmup(0));
    SummaryTable table = SummaryTable.of(warned);
    assertTrue(table.warnings().stream().anyMatch(w -> w.startsWith("warm-up of 0")),
        table.warnings().toString());
    assertTrue(table.text().contains("\nwarning: warm-up of 0"), table.text());
    assertTrue(table.html().contains("<p class=\"ppl4j-warning\">warning: warm-up of 0"),
        table.html());
    assertFalse(SummaryTable.of(posterior).warnings().stream()
        .anyMatch(w -> w.startsWith("warm-up")));
  }

  @Test
  void chainsGetATracePlotPerLeafWithOneLinePerChain() throws Exception {
    var posterior = Posteriors.chains(200);
    MimeBundle bundle = PosteriorDisplay.of(posterior);
    Document svg = SvgXml.parse(bundle.get(MimeBundle.SVG).orElseThrow());
    assertEquals(2 * 2, SvgXml.count(svg, "polyline"), "2 leaves x 2 chains");
    assertTrue(bundle.plainText().contains("in 2 chains"), bundle.plainText());
    assertTrue(bundle.plainText().contains("acceptance rate 0.25"), bundle.plainText());
    assertFalse(SummaryTable.of(posterior).rows().get(0).get(7).equals("-"), "R-hat with 2 chains");
  }

  @Test
  void discreteLeafGetsOneBarPerValueWithItsProbability() throws Exception {
    MimeBundle bundle = PosteriorDisplay.of(Posteriors.exactBool());
    Document svg = SvgXml.parse(bundle.get(MimeBundle.SVG).orElseThrow());
    NodeList rects = svg.getElementsByTagNameNS(SVG_NS, "rect");
    assertEquals(3, rects.getLength(), "background + bars for false and true");
    double falseBar = Double.parseDouble(((Element) rects.item(1)).getAttribute("height"));
    double trueBar = Double.parseDouble(((Element) rects.item(2)).getAttribute("height"));
    assertEquals(0.3 / 0.7, trueBar / falseBar, 0.01);
    assertTrue(bundle.plainText().startsWith(
        "posterior by enumerate (exact), 2 distinct results, log evidence -0.6931\n"),
        bundle.plainText());
    assertEquals("-", SummaryTable.of(Posteriors.exactBool()).rows().get(0).get(6), "no ESS for exact");
  }

  /** A draw of the Java embedded DSL: a plain record, not a language value. */
  record Line(double slope, int knots, boolean fits) {}

  @Test
  void javaDslDrawsDisplayLikeLanguageValues() throws Exception {
    List<Line> draws = List.of(new Line(1.5, 2, true), new Line(2.5, 3, false),
        new Line(2.0, 2, true), new Line(1.0, 4, true));
    MimeBundle bundle = PosteriorDisplay.of(org.ppl4j.semantics.posterior.Posterior.of("importance",
        org.ppl4j.semantics.posterior.Empirical.unweighted(draws)));
    String text = bundle.plainText();
    assertTrue(text.lines().anyMatch(l -> l.startsWith("slope ") && l.contains(" 1.75 ")), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("fits ") && l.contains(" 0.75 ")), text);
    Document svg = SvgXml.parse(bundle.get(MimeBundle.SVG).orElseThrow());
    // slope: 4 draws get 10 bins; knots: a bar for each of 2, 3, 4; fits: bars for 0 and 1
    assertEquals(1 + 10 + 3 + 2, SvgXml.count(svg, "rect"));
  }

  @Test
  void numbersAreShortAndNamedWhenNotFinite() {
    assertEquals("0.1235", SummaryTable.number(0.123456));
    assertEquals("1235", SummaryTable.number(1234.5));
    assertEquals("1.235e+07", SummaryTable.number(12345678));
    assertEquals("inf", SummaryTable.number(Double.POSITIVE_INFINITY));
    assertEquals("0", SummaryTable.number(0));
  }
}
