package org.ppl4j.pfn.dt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.pfn.nn.NetworkFormatException;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/** The {@code .dt} file: exact round trip, and a clear error for corrupt or foreign files. */
class DtFileTest {

  private final Backend be = CpuBackend.withThreads(2);

  private DistributionTransformer network() {
    Rng rng = Rng.seeded(3);
    DtNetwork net = new DtNetwork(new DtArchitecture(2, 3, 8, 2, 2, 16, 8), be, rng);
    for (Parameter p : net.parameters()) {
      float[] v = new float[p.tensor().size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) rng.nextGaussian();
      }
      p.tensor().load(v);
    }
    return new DistributionTransformer(net, new GmmMetaPrior(4, -2, 3, 0.1, 2, 0.25), 17, be);
  }

  @Test
  void roundTripKeepsEverything(@TempDir Path dir) throws Exception {
    DistributionTransformer dt = network();
    Path file = dir.resolve("net.dt");
    dt.save(file);
    DistributionTransformer back = DistributionTransformer.load(file);
    assertEquals(dt.architecture(), back.architecture());
    assertEquals(dt.metaPrior(), back.metaPrior());
    assertEquals(17, back.maxObservations());
    for (int i = 0; i < dt.network().parameters().size(); i++) {
      Parameter a = dt.network().parameters().get(i);
      Parameter b = back.network().parameters().get(i);
      assertEquals(a.name(), b.name());
      assertArrayEquals(a.tensor().toArray(), b.tensor().toArray(), a.name());
    }
    Gmm prior = dt.metaPrior().sample(2, 2, Rng.seeded(1));
    double[][] y = {{1, 2, 3}, {0, -1, 0.5}};
    assertArrayEquals(dt.update(prior, y).mean(1), back.update(prior, y).mean(1), 0.0);
  }

  @Test
  void corruptFileSaysChecksum(@TempDir Path dir) throws Exception {
    byte[] bytes = DtFile.encode(network());
    bytes[bytes.length / 2] ^= 0x10;
    NetworkFormatException e = assertThrows(NetworkFormatException.class,
        () -> DtFile.decode(bytes, "net.dt", be));
    assertTrue(e.getMessage().contains("'net.dt' is truncated or corrupt (checksum mismatch"),
        e.getMessage());
  }

  @Test
  void truncatedFileIsReported() throws Exception {
    byte[] bytes = Arrays.copyOf(DtFile.encode(network()), 500);
    NetworkFormatException e = assertThrows(NetworkFormatException.class,
        () -> DtFile.decode(bytes, "net.dt", be));
    assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
  }

  @Test
  void foreignFileIsNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("notes.dt");
    Files.writeString(file, "hello, this is not a network");
    NetworkFormatException e = assertThrows(NetworkFormatException.class,
        () -> DistributionTransformer.load(file));
    assertEquals("'notes.dt' is not a ppl4j Distribution Transformer file (no PPL4JDT1 header)",
        e.getMessage());
  }

  @Test
  void otherVersionIsNamed() throws Exception {
    byte[] bytes = DtFile.encode(network());
    bytes[11] = 9;
    NetworkFormatException e = assertThrows(NetworkFormatException.class,
        () -> DtFile.decode(bytes, "net.dt", be));
    assertEquals("'net.dt' has format version 9; this ppl4j reads versions 1 to 2", e.getMessage());
  }
}
