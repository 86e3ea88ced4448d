package org.ppl4j.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The text of {@code ppl --version}: the project's version (from the build) and the JVM's. */
public final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "ppl " + projectVersion() + " (ppl4j)",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
          + ")"
    };
  }

  /** The Maven project version, or {@code unknown} outside a built jar. */
  static String projectVersion() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/ppl4j/runner/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
