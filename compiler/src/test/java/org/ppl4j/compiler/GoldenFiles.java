package org.ppl4j.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Golden files beside test programs: {@code X.ppl} with {@code X.out} or {@code X.err}.
 * Expected files are rewritten only when the system property {@code ppl.golden.update} is
 * {@code true}; the update prints each diff and refuses to rewrite a file whose values cite an
 * independent source in the folder's {@code SOURCES.txt} (see {@code GoldenSourcesTest}).
 */
final class GoldenFiles {
  private GoldenFiles() {}

  static final boolean UPDATE = Boolean.getBoolean("ppl.golden.update");
  /** The file beside the golden files that cites each one's independent source. */
  static final String SOURCES = "SOURCES.txt";

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
      update(expectedFile, actual);
      return;
    }
    if (!Files.exists(expectedFile)) {
      throw new AssertionError("missing expected file " + expectedFile
          + " (run with -Dppl.golden.update=true to create it); actual output:\n" + actual);
    }
    org.junit.jupiter.api.Assertions.assertEquals(read(expectedFile).stripTrailing(),
        actual.stripTrailing(), "output of " + expectedFile.getFileName());
  }

  /**
   * The update flag's action: prints the diff between the expected file and {@code actual},
   * then writes {@code actual}, unless the file exists and its values cite an independent
   * source in the folder's {@code SOURCES.txt}: such a file is never rewritten from the
   * implementation (the source's entry is changed first, by hand).
   */
  static void update(Path expectedFile, String actual) {
    String old = Files.exists(expectedFile) ? read(expectedFile).stripTrailing() : null;
    if (actual.stripTrailing().equals(old)) {
      return;
    }
    String diff = diff(old == null ? "" : old, actual.stripTrailing());
    System.out.println("golden update " + expectedFile + ":\n" + diff);
    Optional<String> source = citedSource(expectedFile);
    if (old != null && source.isPresent()) {
      throw new AssertionError("refusing to rewrite " + expectedFile.getFileName()
          + ": its values cite an independent source (" + source.get() + "); diff:\n" + diff);
    }
    try {
      Files.writeString(expectedFile, actual + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry of {@code SOURCES.txt} beside {@code expectedFile} that names it, if any. */
  static Optional<String> citedSource(Path expectedFile) {
    Path sources = expectedFile.resolveSibling(SOURCES);
    if (!Files.exists(sources)) {
      return Optional.empty();
    }
    String prefix = expectedFile.getFileName() + ":";
    return read(sources).lines().filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()).strip()).findFirst();
  }

  /** A line diff: "- old" and "+ new" for each line that differs. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : null;
      String y = i < b.size() ? b.get(i) : null;
      if (x == null || !x.equals(y)) {
        if (x != null) {
          out.append("- ").append(x).append('\n');
        }
        if (y != null) {
          out.append("+ ").append(y).append('\n');
        }
      }
    }
    return out.toString();
  }
}
