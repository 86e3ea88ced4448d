package org.ppl4j.runner.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgCanvasTest {

  @Test
  void documentIsWellFormedAndEscapesText() throws Exception {
    String svg = new SvgCanvas(200, 100)
        .rect(1, 2, 3, 4, "red")
        .line(0, 0, 10, 10, "#000", 1)
        .polyline(new double[] {0, 1, Double.NaN}, new double[] {0, 1, 2}, "blue", 1)
        .text(5, 5, "a<b & \"c\"", "start", 10)
        .verticalText(5, 50, "y'", 10)
        .toSvg();
    Document doc = SvgXml.parse(svg);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(2, SvgXml.count(doc, "rect"), "background + one rect");
    assertEquals(2, SvgXml.count(doc, "text"));
    assertEquals("a<b & \"c\"", doc.getElementsByTagName("text").item(0).getTextContent());
    assertTrue(svg.contains("points=\"0,0 1,1\""), "NaN point skipped: " + svg);
  }

  @Test
  void numbersUseTwoDecimalsInRootLocale() {
    assertEquals("1.5", SvgCanvas.num(1.5).replaceAll("0$", ""));
    assertEquals("3", SvgCanvas.num(3.0));
    assertEquals("-2.25", SvgCanvas.num(-2.25));
    assertEquals("0", SvgCanvas.num(-0.001));
    assertThrows(IllegalArgumentException.class, () -> SvgCanvas.num(Double.NaN));
  }

  @Test
  void rejectsBadSizes() {
    assertThrows(IllegalArgumentException.class, () -> new SvgCanvas(0, 10));
    assertThrows(IllegalArgumentException.class,
        () -> new SvgCanvas(10, 10).polyline(new double[1], new double[2], "x", 1));
  }
}
