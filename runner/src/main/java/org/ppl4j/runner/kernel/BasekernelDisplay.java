package org.ppl4j.runner.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.display.PosteriorDisplay;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * Copies ppl4j's {@link MimeBundle} displays into basekernel's {@link DisplayData}, for the
 * {@code .ppl} kernel and for IJava (both built on jupyter-jvm-basekernel).
 */
public final class BasekernelDisplay {

  private BasekernelDisplay() {}

  /** A basekernel display holding every MIME type of the bundle. */
  public static DisplayData toDisplayData(MimeBundle bundle) {
    DisplayData data = new DisplayData();
    bundle.data().forEach(data::putData);
    return data;
  }

  /**
   * Registers the rich display of {@link Posterior} (HTML table with SVG plots, SVG, text), so
   * that a notebook expression whose value is a posterior shows it.
   */
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
