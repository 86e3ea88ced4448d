package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/**
 * The {@code .pfn} format stays byte-compatible: {@code tiny-v1.pfn} (in the test resources)
 * was written by the {@code PfnFile} of commit 0742b10, before it moved onto the
 * {@link NetworkFile} framing, from the network {@link #tinyNet()} builds. Today's code must read
 * it back exactly and write the same network to the same bytes. Rewrite the file only on a
 * deliberate format change (then bump {@link PfnFile#VERSION}): run
 * {@code PfnFileGoldenTest.main} with the output path.
 */
class PfnFileGoldenTest {

  private static final CpuBackend BACKEND = CpuBackend.withThreads(1);

  /** A small network with deterministic, non-trivial parameters. */
  static Pfn tinyNet() {
    PfnArchitecture arch = new PfnArchitecture(2, 4, 2, 1, 6, 5, 3);
    PfnNetwork net = new PfnNetwork(arch, BACKEND, Rng.seeded(11));
    PfnFileTest.fillGaussian(net, Rng.seeded(12), 1.0);
    return new Pfn(arch, BucketBorders.of(new double[] {-1.5, -0.25, 0.75, 3}), "slope", net,
        BACKEND);
  }

  private static byte[] golden() throws IOException {
    try (InputStream in = PfnFileGoldenTest.class.getResourceAsStream("tiny-v1.pfn")) {
      return in.readAllBytes();
    }
  }

  @Test
  void goldenFileReadsBackExactly() throws IOException {
    Pfn expected = tinyNet();
    Pfn back = PfnFile.decode(golden(), "tiny-v1.pfn", BACKEND);
    assertEquals(expected.architecture(), back.architecture());
    assertEquals("slope", back.target());
    assertArrayEquals(expected.borders().borders(), back.borders().borders(), 0.0);
    for (int i = 0; i < expected.network().parameters().size(); i++) {
      Parameter a = expected.network().parameters().get(i);
      Parameter b = back.network().parameters().get(i);
      assertEquals(a.name(), b.name());
      assertArrayEquals(a.tensor().toArray(), b.tensor().toArray(), 0f, a.name());
    }
  }

  @Test
  void writingTheSameNetworkGivesTheGoldenBytes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("tiny.pfn");
    PfnFile.write(tinyNet(), f);
    assertArrayEquals(golden(), Files.readAllBytes(f), "the .pfn bytes changed");
  }

  /** Writes the golden file to {@code args[0]} (only on a deliberate format change). */
  public static void main(String[] args) throws IOException {
    PfnFile.write(tinyNet(), Path.of(args[0]));
  }
}
