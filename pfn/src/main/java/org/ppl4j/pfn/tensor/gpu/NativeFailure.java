package org.ppl4j.pfn.tensor.gpu;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failure to load native code into a short reason for a user: the missing shared
 * library when the loader names one (JCuda's error nests the loader's messages, Java class names
 * and stack traces, none of which a user should see), else the first line of the message.
 */
final class NativeFailure {

  private static final Pattern MISSING =
      Pattern.compile("(lib[\\w.+-]+?\\.so[\\d.]*): cannot open shared object file");

  private NativeFailure() {}

  /** A one-line reason for {@code failure}. */
  static String reasonOf(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
      if (t.getCause() == t) {
        break;
      }
    }
    Matcher m = MISSING.matcher(all);
    if (m.find()) {
      String lib = m.group(1);
      return lib + " was not found" + (lib.startsWith("libcuda.")
          ? " (no NVIDIA driver is installed on this machine)" : "");
    }
    return firstLine(failure.getMessage());
  }

  /** The first line of {@code message}, at most 200 characters. */
  static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
