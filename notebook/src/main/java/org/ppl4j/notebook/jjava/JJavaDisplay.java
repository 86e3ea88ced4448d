package org.ppl4j.notebook.jjava;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.display.PosteriorDisplay;
import org.ppl4j.semantics.posterior.Posterior;

/** Copies ppl4j's {@link MimeBundle} displays into JJava's {@link DisplayData}. */
public final class JJavaDisplay {

  private JJavaDisplay() {}

  /** A JJava display holding every MIME type of the bundle. */
  public static DisplayData toDisplayData(MimeBundle bundle) {
    DisplayData data = new DisplayData();
    bundle.data().forEach(data::putData);
    return data;
  }

  /** Registers the rich display of {@link Posterior} (HTML table with SVG plots, SVG, text). */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static void register(Renderer renderer) {
    renderer.createRegistration((Class) Posterior.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN)
        .supporting(MIMEType.TEXT_HTML, MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN)
        .register((value, context) -> {
          MimeBundle bundle = PosteriorDisplay.of((Posterior<?>) value);
          bundle.data().forEach((mime, content) ->
              context.renderIfRequested(MIMEType.parse(mime), () -> content));
        });
  }
}
