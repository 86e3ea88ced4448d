package org.ppl4j.proofs.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .expect} file of the conformance corpus that expects a number says where the
 * number comes from (a {@code #} comment: closed form, SciPy value, hand enumeration, or the
 * Monte Carlo error behind a tolerance), so that no expected number is copied from ppl4j's own
 * output without a trace.
 */
class ConformanceSourcesTest {
  private static final Path CORPUS = Path.of(System.getProperty("basedir", "."))
      .resolve("src/test/resources/conformance");

  @Test
  void everyExpectedNumberHasACitedSource() throws Exception {
    List<Path> expects;
    try (Stream<Path> files = Files.list(CORPUS)) {
      expects = files.filter(p -> p.toString().endsWith(".expect")).sorted().toList();
    }
    assertTrue(expects.size() >= 40, "expect files: " + expects.size());
    for (Path expect : expects) {
      List<String> lines = Files.readAllLines(expect);
      boolean number = lines.stream().anyMatch(l -> l.matches("^/\\S+ (=|>=|<=) -?[0-9].*"));
      boolean cited = lines.stream().anyMatch(l -> l.startsWith("#") && l.length() > 10);
      assertTrue(!number || cited, expect.getFileName() + " expects a number but cites no source");
    }
  }
}
