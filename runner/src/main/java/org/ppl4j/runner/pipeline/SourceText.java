package org.ppl4j.runner.pipeline;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * The text of a {@code .ppl} file from its bytes: UTF-8, with a leading byte-order mark
 * dropped. Bytes that are not UTF-8 are an error at their line and column.
 *
 * @param text the text (for an invalid file: decoded with replacement characters, so that the
 *     error's line can be shown)
 * @param error the error, for a file that is not UTF-8
 */
public record SourceText(String text, Optional<PplException> error) {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Decodes {@code bytes}, the content of the file called {@code fileName}. */
  public static SourceText decode(String fileName, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return new SourceText(withoutMark(out.flip().toString()), Optional.empty());
    }
    int bad = in.position();
    String before = withoutMark(out.flip().toString());
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - before.lastIndexOf('\n');
    String shown = withoutMark(new String(bytes, StandardCharsets.UTF_8));
    String message = "the file is not UTF-8 text: byte 0x"
        + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF)
        + " cannot start or continue a character (save the file as UTF-8)";
    return new SourceText(shown,
        Optional.of(new PplException(new SourceSpan(fileName, line, column, 1), message)));
  }

  private static String withoutMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
