package org.ppl4j.runner.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rich display of one object, as Jupyter's {@code display_data} carries it: one text per MIME
 * type, richest last or first as the front end chooses. Kernel adapters copy it into their own
 * display type (basekernel's or JJava's {@code DisplayData}).
 *
 * @param data MIME type (e.g. {@code text/plain}, {@code text/html}, {@code image/svg+xml}) to
 *     content, in insertion order; always holds {@code text/plain}
 */
public record MimeBundle(Map<String, String> data) {

  /** Plain text, the fallback every front end can show. */
  public static final String TEXT = "text/plain";
  /** HTML, preferred by notebook front ends. */
  public static final String HTML = "text/html";
  /** An SVG document. */
  public static final String SVG = "image/svg+xml";

  /** Validates and copies the map. */
  public MimeBundle {
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    if (!data.containsKey(TEXT)) {
      throw new IllegalArgumentException("a display needs a text/plain fallback");
    }
    data.values().forEach(v -> Objects.requireNonNull(v, "content"));
  }

  /** A bundle with only plain text. */
  public static MimeBundle text(String text) {
    return new MimeBundle(Map.of(TEXT, text));
  }

  /** The plain-text fallback. */
  public String plainText() {
    return data.get(TEXT);
  }

  /** The content for {@code mimeType}, if present. */
  public Optional<String> get(String mimeType) {
    return Optional.ofNullable(data.get(mimeType));
  }
}
