package org.ppl4j.runner.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FigureTest {

  private static final Histogram FOUR_BINS =
      new Histogram(new double[] {0, 1, 2, 3, 4}, new double[] {0.1, 0.4, 0.3, 0.2});

  @Test
  void histogramFigureHasOneBarPerBinAndLaysOutPanelsOnAGrid() throws Exception {
    Map<String, Histogram> leaves = new LinkedHashMap<>();
    leaves.put("mu", FOUR_BINS);
    leaves.put("theta[0]", FOUR_BINS);
    leaves.put("theta[1]", FOUR_BINS);
    leaves.put("tau", FOUR_BINS);
    String svg = Figure.histograms(leaves).toSvg();
    Document doc = SvgXml.parse(svg);
    assertEquals(1 + 4 * 4, SvgXml.count(doc, "rect"), "background + 4 bars per panel");
    assertEquals("1080", doc.getDocumentElement().getAttribute("width"), "3 columns of 360");
    assertEquals("480", doc.getDocumentElement().getAttribute("height"), "2 rows of 240");
    assertTrue(svg.contains(">theta[1]</text>"));
  }

  @Test
  void tallestBarReachesNearTheTopOfThePlottingArea() throws Exception {
    String svg = Figure.of(List.of(new HistogramPanel("p", FOUR_BINS)), 1).toSvg();
    Document doc = SvgXml.parse(svg);
    var rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    double[] heights = new double[4];
    for (int i = 0; i < 4; i++) {
      heights[i] = Double.parseDouble(((org.w3c.dom.Element) rects.item(i + 1)).getAttribute("height"));
    }
    // bar heights are proportional to the densities 0.1 : 0.4 : 0.3 : 0.2
    assertEquals(4.0, heights[1] / heights[0], 0.05);
    assertEquals(0.75, heights[2] / heights[1], 0.02);
  }

  @Test
  void linePanelDrawsOnePolylinePerSeriesWithALegend() throws Exception {
    Series a = Series.indexed("chain 1", new double[] {0.1, 0.3, 0.2});
    Series b = Series.indexed("chain 2", new double[] {0.2, 0.25, Double.NaN});
    String svg = Figure.of(List.of(new LinePanel("trace of p", "iteration", "p", List.of(a, b))), 2)
        .toSvg();
    Document doc = SvgXml.parse(svg);
    assertEquals(2, SvgXml.count(doc, "polyline"));
    assertTrue(svg.contains(">chain 2</text>"));
  }

  @Test
  void discreteBarsAreNarrowerThanTheirBinAndTicksAreWholeNumbers() throws Exception {
    Histogram bools = new Histogram(new double[] {-0.5, 0.5, 1.5}, new double[] {0.7, 0.3});
    String svg = Figure.of(List.of(new HistogramPanel("rain", bools, true)), 1).toSvg();
    Document doc = SvgXml.parse(svg);
    var rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    var bar = (org.w3c.dom.Element) rects.item(1);
    var texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    double plotWidth = 360 - 52 - 14;
    assertEquals(0.7 * plotWidth / 2, Double.parseDouble(bar.getAttribute("width")), 0.02);
    for (int i = 0; i < texts.getLength(); i++) {
      var text = (org.w3c.dom.Element) texts.item(i);
      if ("middle".equals(text.getAttribute("text-anchor")) && "10".equals(text.getAttribute("font-size"))) {
        String label = text.getTextContent();
        assertTrue(label.matches("-?\\d+"), "x tick at a whole number: " + label);
      }
    }
  }

  @Test
  void rejectsEmptyFigures() {
    assertThrows(IllegalArgumentException.class, () -> Figure.of(List.of(), 1));
    assertThrows(IllegalArgumentException.class, () -> new LinePanel("t", "x", "y", List.of()));
  }
}
