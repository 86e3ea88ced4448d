package org.ppl4j.runner.display;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The rich display of a {@link Posterior} in a notebook: {@code text/html} (the summary table
 * followed by the plots, inline), {@code image/svg+xml} (the plots alone) and
 * {@code text/plain} (the summary as aligned text). Front ends show the richest type they
 * support, so every form holds the summary or the plots in full.
 */
public final class PosteriorDisplay {

  /** The MIME types a posterior's display may hold, richest first, as kernels should prefer them. */
  public static final List<String> MIME_TYPES =
      List.of(MimeBundle.HTML, MimeBundle.SVG, MimeBundle.TEXT);

  private PosteriorDisplay() {}

  /**
   * The display of {@code posterior} followed by text {@code sections} (those of
   * {@code --predict} and {@code --loo}), as preformatted text after the plots in HTML and
   * after the summary in plain text.
   */
  public static MimeBundle of(Posterior<?> posterior, List<String> sections) {
    MimeBundle bundle = of(posterior);
    if (sections.isEmpty()) {
      return bundle;
    }
    String text = String.join("", sections);
    Map<String, String> data = new LinkedHashMap<>(bundle.data());
    data.put(MimeBundle.TEXT, bundle.plainText() + text);
    data.computeIfPresent(MimeBundle.HTML, (k, html) -> html
        + "<pre class=\"ppl4j-predictive\">" + escape(text.strip()) + "</pre>\n");
    return new MimeBundle(data);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The display of {@code posterior}. */
  public static MimeBundle of(Posterior<?> posterior) {
    SummaryTable table = SummaryTable.of(posterior);
    Optional<String> svg = PosteriorFigure.svg(posterior);
    Map<String, String> data = new LinkedHashMap<>();
    data.put(MimeBundle.TEXT, table.text());
    StringBuilder html = new StringBuilder("<div class=\"ppl4j-posterior\">\n").append(table.html());
    svg.ifPresent(s -> html.append("<div>").append(s).append("</div>\n"));
    data.put(MimeBundle.HTML, html.append("</div>\n").toString());
    svg.ifPresent(s -> data.put(MimeBundle.SVG, s));
    return new MimeBundle(data);
  }
}
