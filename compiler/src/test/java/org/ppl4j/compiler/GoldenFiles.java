package org.ppl4j.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files beside test programs: {@code X.ppl} with {@code X.out} or {@code X.err}.
 * Expected files are rewritten only when the system property {@code ppl.golden.update} is
 * {@code true}.
 */
final class GoldenFiles {
  private GoldenFiles() {}

  static final boolean UPDATE = Boolean.getBoolean("ppl.golden.update");

  static List<Path> programs(String folder) {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
      return files.filter(p -> p.toString().endsWith(".ppl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sibling(Path program, String extension) {
    String name = program.getFileName().toString();
    return program.resolveSibling(name.substring(0, name.length() - 4) + extension);
  }

  /** Compares {@code actual} with the expected file, or rewrites it under the update flag. */
  static void check(Path expectedFile, String actual) {
    if (UPDATE) {
      try {
        Files.writeString(expectedFile, actual + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    if (!Files.exists(expectedFile)) {
      throw new AssertionError("missing expected file " + expectedFile
          + " (run with -Dppl.golden.update=true to create it); actual output:\n" + actual);
    }
    org.junit.jupiter.api.Assertions.assertEquals(read(expectedFile).stripTrailing(),
        actual.stripTrailing(), "output of " + expectedFile.getFileName());
  }
}
