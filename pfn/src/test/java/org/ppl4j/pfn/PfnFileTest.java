package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.pfn.nn.NetworkFormatException;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/** Round trip and error handling of the {@code .pfn} format. */
class PfnFileTest {

  @TempDir
  Path dir;

  private final CpuBackend be = CpuBackend.withThreads(1);

  private Pfn randomNet(String target) {
    PfnArchitecture arch = new PfnArchitecture(2, 8, 2, 2, 16, 12, 6);
    PfnNetwork net = new PfnNetwork(arch, be, Rng.seeded(3));
    fillGaussian(net, Rng.seeded(4), 0.3);
    return new Pfn(arch, BucketBorders.of(new double[] {-2, -1, -0.5, 0, 0.5, 1, 2}), target,
        net, be);
  }

  /** Sets every parameter of {@code net} to independent {@code N(0, scale^2)} draws. */
  static void fillGaussian(PfnNetwork net, Rng rng, double scale) {
    for (Parameter p : net.parameters()) {
      float[] v = new float[p.tensor().size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (scale * rng.nextGaussian());
      }
      p.tensor().load(v);
    }
  }

  @Test
  void roundTripKeepsEveryParameterAndPrediction() throws IOException {
    Pfn net = randomNet("y");
    Path f = dir.resolve("net.pfn");
    net.save(f);
    Pfn back = Pfn.load(f);
    assertEquals(net.architecture(), back.architecture());
    assertEquals("y", back.target());
    assertArrayEquals(net.borders().borders(), back.borders().borders());
    for (int i = 0; i < net.network().parameters().size(); i++) {
      Parameter a = net.network().parameters().get(i);
      Parameter b = back.network().parameters().get(i);
      assertEquals(a.name(), b.name());
      assertArrayEquals(a.tensor().toArray(), b.tensor().toArray(), a.name());
    }
    double[][] xTrain = {{0.1, 0.2}, {0.5, -1}};
    double[] yTrain = {0.3, -0.7};
    double[][] xTest = {{0, 0}, {1, 1}, {0.4, 0.2}};
    Prediction p1 = net.predict(xTrain, yTrain, xTest);
    Prediction p2 = back.predict(xTrain, yTrain, xTest);
    double[] y = {0.1, -0.2, 1.5};
    assertEquals(p1.meanNll(y), p2.meanNll(y), 0.0);
    assertEquals(p1.points().get(2).q95(), p2.points().get(2).q95(), 0.0);
  }

  @Test
  void latentTargetIsStored() throws IOException {
    Path f = dir.resolve("latent.pfn");
    randomNet("slope").save(f);
    assertEquals("slope", Pfn.load(f).target());
  }

  @Test
  void truncatedFileIsAClearError() throws IOException {
    Path f = dir.resolve("net.pfn");
    randomNet("y").save(f);
    byte[] all = Files.readAllBytes(f);
    Path cut = dir.resolve("cut.pfn");
    Files.write(cut, Arrays.copyOf(all, all.length / 2));
    NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> Pfn.load(cut));
    assertTrue(e.getMessage().contains("'cut.pfn' is truncated or corrupt"), e.getMessage());
    Files.write(cut, Arrays.copyOf(all, 10));
    e = assertThrows(NetworkFormatException.class, () -> Pfn.load(cut));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void foreignFileIsAClearError() throws IOException {
    Path f = dir.resolve("data.json");
    Files.writeString(f, "{\"x_train\": [1, 2]}");
    NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> Pfn.load(f));
    assertEquals("'data.json' is not a ppl4j PFN file (no PPL4JPFN header)", e.getMessage());
  }

  @Test
  void flippedByteIsDetectedByTheChecksum() throws IOException {
    Path f = dir.resolve("net.pfn");
    randomNet("y").save(f);
    byte[] all = Files.readAllBytes(f);
    all[all.length / 2] ^= 0x10;
    Files.write(f, all);
    NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> Pfn.load(f));
    assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
  }

  @Test
  void otherVersionIsNamed() throws IOException {
    Path f = dir.resolve("net.pfn");
    randomNet("y").save(f);
    byte[] all = Files.readAllBytes(f);
    ByteBuffer.wrap(all).putInt(8, PfnFile.VERSION + 1);
    CRC32 crc = new CRC32();
    crc.update(all, 0, all.length - 8);
    ByteBuffer.wrap(all).putLong(all.length - 8, crc.getValue());
    Files.write(f, all);
    NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> Pfn.load(f));
    assertTrue(e.getMessage().contains("format version 3; this ppl4j reads versions 1 to 2"),
        e.getMessage());
  }

  @Test
  void headerStartsWithMagicAndVersion() throws IOException {
    Path f = dir.resolve("net.pfn");
    randomNet("y").save(f);
    byte[] all = Files.readAllBytes(f);
    assertEquals("PPL4JPFN", new String(all, 0, 8, StandardCharsets.US_ASCII));
    assertEquals(1, ByteBuffer.wrap(all).getInt(8));
  }
}
