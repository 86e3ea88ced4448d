package org.ppl4j.notebook.jjava;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.display.PosteriorDisplay;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * Copies ppl4j's {@link MimeBundle} displays into JJava's {@link DisplayData}.
 *
 * <p>This is the twin of {@code org.ppl4j.runner.kernel.BasekernelDisplay}: JJava is a fork of
 * jupyter-jvm-basekernel with the same API under other package names, so the few lines of glue
 * exist once per library; everything they render comes from {@link PosteriorDisplay}.
 */
public final class JJavaDisplay {

  private static final MIMEType[] MIME_TYPES =
      PosteriorDisplay.MIME_TYPES.stream().map(MIMEType::parse).toArray(MIMEType[]::new);

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
        .preferring(MIME_TYPES)
        .supporting(MIME_TYPES)
        .register((value, context) -> {
          MimeBundle bundle = PosteriorDisplay.of((Posterior<?>) value);
          bundle.data().forEach((mime, content) ->
              context.renderIfRequested(MIMEType.parse(mime), () -> content));
        });
  }
}
