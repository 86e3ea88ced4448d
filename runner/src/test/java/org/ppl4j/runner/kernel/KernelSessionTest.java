package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSessionTest {

  @TempDir Path dir;

  private static final CellRunner NO_RUNS = (name, source, settings, data) -> {
    throw new PplError("no run expected");
  };

  @Test
  void runPassesTheSessionsMethodAndDataToTheRunner() throws PplError {
    List<Object> seen = new java.util.ArrayList<>();
    CellRunner recording = (name, source, settings, data) -> {
      seen.add(name);
      seen.add(settings.method().orElseThrow());
      seen.add(settings.options());
      seen.add(data.toString());
      throw new PplError("stop");
    };
    KernelSession session = new KernelSession(dir, recording);
    session.applyMagic("method mh --samples 300");
    session.applyMagic("data ys = [1, 2]");
    assertThrows(PplError.class, () -> session.run("cell[4]", "return 1"));
    assertEquals(List.of("cell[4]", "mh", java.util.Map.of("samples", "300"), "{\"ys\":[1,2]}"), seen);
  }

  @Test
  void methodMagicIsValidatedAndKept() throws PplError {
    KernelSession session = new KernelSession(dir, NO_RUNS);
    assertEquals("method: smc --particles 500", session.applyMagic("method smc --particles 500"));
    assertEquals(List.of("smc", "--particles", "500"), session.methodArgs());
    assertThrows(PplError.class, () -> session.applyMagic("method smc --bogus 1"));
    assertEquals(List.of("smc", "--particles", "500"), session.methodArgs(), "a bad line changes nothing");
  }

  @Test
  void dataMagicBindsInlineJsonAndFiles() throws Exception {
    Files.writeString(dir.resolve("coins.json"), "{\"flips\": [true, false], \"n\": 2}");
    Files.writeString(dir.resolve("ys.json"), "[1.5, 2.5, 3.5]");
    KernelSession session = new KernelSession(dir, NO_RUNS);
    assertEquals("data: x = 3.5", session.applyMagic("data x = 3.5"));
    assertEquals("data: flips = array of 2", session.applyMagic("data flips = coins.json"));
    assertEquals("data: ys = array of 3", session.applyMagic("data ys = ys.json"));
    assertEquals("data: flips, n from coins.json", session.applyMagic("data coins.json"));
    assertEquals("{\"x\":3.5,\"flips\":[true,false],\"ys\":[1.5,2.5,3.5],\"n\":2}", session.data().toString());
  }

  @Test
  void badMagicsNameTheProblem() {
    KernelSession session = new KernelSession(dir, NO_RUNS);
    assertMessage(session, "nosuch", "unknown magic '%nosuch'");
    assertMessage(session, "data 1x = 3", "'1x' is not a data input name");
    assertMessage(session, "data x = [1, ", "not a JSON value");
    assertMessage(session, "data x = missing.json", "cannot read data file 'missing.json'");
    assertMessage(session, "method", "needs a method name");
    assertMessage(session, "data ys = ys.csv", "%data reads JSON files; for 'ys.csv'");
  }

  private static void assertMessage(KernelSession session, String magic, String expected) {
    PplError e = assertThrows(PplError.class, () -> session.applyMagic(magic));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertEquals(0, e.getStackTrace().length, "user errors carry no Java frames");
  }
}
