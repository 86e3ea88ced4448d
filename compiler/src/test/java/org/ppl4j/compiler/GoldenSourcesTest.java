package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every expected output of {@code programs/} cites its independent source in
 * {@code programs/SOURCES.txt}, and the golden update flag refuses to rewrite a cited file (it
 * prints the diff instead), so that a value written from the implementation cannot replace one
 * computed independently (two wrong values were once recorded that way: {@code sumTo(9000)} and
 * two densities).
 */
class GoldenSourcesTest {
  @TempDir Path tmp;

  @Test
  void everyExpectedOutputCitesASource() {
    List<Path> programs = GoldenFiles.programs("programs");
    assertTrue(programs.size() >= 40, "programs: " + programs.size());
    for (Path program : programs) {
      Path out = GoldenFiles.sibling(program, ".out");
      if (Files.exists(out)) {
        assertTrue(GoldenFiles.citedSource(out).filter(s -> !s.isBlank()).isPresent(),
            out.getFileName() + " has no entry in programs/" + GoldenFiles.SOURCES);
      }
    }
  }

  @Test
  void everyCitedFileExists() {
    Path sources = Path.of("src/test/resources/programs", GoldenFiles.SOURCES);
    GoldenFiles.read(sources).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
        .forEach(l -> {
          String name = l.substring(0, l.indexOf(':'));
          assertTrue(Files.exists(sources.resolveSibling(name)), "SOURCES.txt cites " + name);
        });
  }

  @Test
  void theUpdateRefusesToRewriteACitedValue() throws Exception {
    Path out = Files.writeString(tmp.resolve("sum.out"), "[40504500]\n");
    Files.writeString(tmp.resolve(GoldenFiles.SOURCES), "sum.out: 9000 * 9001 / 2\n");
    AssertionError e = assertThrows(AssertionError.class,
        () -> GoldenFiles.update(out, "[2001000]"));
    assertTrue(e.getMessage().contains("refusing to rewrite sum.out")
        && e.getMessage().contains("- [40504500]\n+ [2001000]"), e.getMessage());
    assertEquals("[40504500]\n", Files.readString(out), "the cited value is kept");
  }

  @Test
  void theUpdateWritesAnUncitedFile() throws Exception {
    Path out = Files.writeString(tmp.resolve("new.out"), "1\n");
    GoldenFiles.update(out, "2");
    assertEquals("2\n", Files.readString(out));
  }
}
