package org.ppl4j.runner.plot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Parses SVG text as XML so that tests check well-formedness and count elements. */
public final class SvgXml {
  private SvgXml() {}

  /** The XML document of {@code svg}; throws if it is not well-formed. */
  public static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The number of SVG elements named {@code element} in {@code doc}. */
  public static int count(Document doc, String element) {
    return doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", element).getLength();
  }
}
