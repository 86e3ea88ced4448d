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
 *
 * <p>The notebook module's {@code JJavaDisplay} is its twin for JJava, a fork of basekernel with
 * the same API under other package names; everything both render comes from
 * {@link PosteriorDisplay}.
 */
public final class BasekernelDisplay {

  private static final MIMEType[] MIME_TYPES =
      PosteriorDisplay.MIME_TYPES.stream().map(MIMEType::parse).toArray(MIMEType[]::new);

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
        .preferring(MIME_TYPES)
        .supporting(MIME_TYPES)
        .register((value, context) -> {
          MimeBundle bundle = PosteriorDisplay.of((Posterior<?>) value);
          bundle.data().forEach((mime, content) ->
              context.renderIfRequested(MIMEType.parse(mime), () -> content));
        });
  }
}
