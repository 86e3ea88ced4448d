package org.ppl4j.pfn.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.ppl4j.pfn.backend.Backend;
import org.ppl4j.pfn.bar.BucketBorders;
import org.ppl4j.pfn.layers.Parameter;
import org.ppl4j.pfn.model.PfnArchitecture;
import org.ppl4j.pfn.model.PfnNetwork;
import org.ppl4j.pfn.predict.Pfn;
import org.ppl4j.semantics.random.Rng;

/**
 * The {@code .pfn} file format, version 1 (big-endian, {@link DataOutputStream} encoding):
 * <pre>
 *   8 bytes  magic "PPL4JPFN"
 *   int      format version (1)
 *   7 ints   architecture: xDim, width, heads, layers, hiddenWidth, decoderWidth, buckets K
 *   UTF      target: "y" or a latent name
 *   int      K + 1, then K + 1 doubles: bucket borders
 *   int      parameter count P, then P times: UTF name, int rows, int cols, rows*cols floats
 *   long     CRC32 of every byte before it
 * </pre>
 * Reading checks the magic, the version, the checksum, and that every parameter the architecture
 * needs is present with its shape; any failure is a {@link PfnFormatException} that says which.
 */
public final class PfnFile {

  /** The first eight bytes of every {@code .pfn} file. */
  public static final byte[] MAGIC = "PPL4JPFN".getBytes(StandardCharsets.US_ASCII);

  /** The format version this code writes and reads. */
  public static final int VERSION = 1;

  private PfnFile() {}

  /** Writes {@code pfn} to {@code path}. */
  public static void write(Pfn pfn, Path path) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(VERSION);
      PfnArchitecture a = pfn.architecture();
      for (int v : new int[] {a.xDim(), a.width(), a.heads(), a.layers(), a.hiddenWidth(),
          a.decoderWidth(), a.buckets()}) {
        out.writeInt(v);
      }
      out.writeUTF(pfn.target());
      double[] borders = pfn.borders().borders();
      out.writeInt(borders.length);
      for (double b : borders) {
        out.writeDouble(b);
      }
      List<Parameter> params = pfn.network().parameters();
      out.writeInt(params.size());
      for (Parameter p : params) {
        out.writeUTF(p.name());
        out.writeInt(p.tensor().rows());
        out.writeInt(p.tensor().cols());
        for (float v : p.tensor().toArray()) {
          out.writeFloat(v);
        }
      }
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
    }
    Files.write(path, bytes.toByteArray());
  }

  /** Reads a network from {@code path} onto {@code backend}. */
  public static Pfn read(Path path, Backend backend) throws IOException {
    return decode(Files.readAllBytes(path), path.getFileName().toString(), backend);
  }

  /** Decodes the bytes of a {@code .pfn} file named {@code name} (for messages). */
  public static Pfn decode(byte[] data, String name, Backend backend) throws IOException {
    if (data.length < MAGIC.length || !startsWithMagic(data)) {
      throw new PfnFormatException("'" + name + "' is not a ppl4j PFN file (no PPL4JPFN header)");
    }
    if (data.length < MAGIC.length + 4 + 8) {
      throw new PfnFormatException("'" + name + "' is truncated (" + data.length + " bytes)");
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
    in.skipBytes(MAGIC.length);
    int version = in.readInt();
    if (version != VERSION) {
      throw new PfnFormatException("'" + name + "' has format version " + version
          + "; this ppl4j reads version " + VERSION);
    }
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 8);
    if (readLongAt(data, data.length - 8) != crc.getValue()) {
      throw new PfnFormatException("'" + name + "' is truncated or corrupt (checksum mismatch, "
          + data.length + " bytes): train it again or copy it again");
    }
    try {
      Pfn pfn = parse(in, backend);
      if (in.available() != 8) {
        throw new PfnFormatException("'" + name + "' has " + (in.available() - 8)
            + " unexpected bytes after the parameters");
      }
      return pfn;
    } catch (EOFException e) {
      throw new PfnFormatException("'" + name + "' ends early (" + data.length + " bytes)");
    } catch (IllegalArgumentException e) {
      throw new PfnFormatException("'" + name + "' is invalid: " + e.getMessage());
    }
  }

  private static boolean startsWithMagic(byte[] data) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (data[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static long readLongAt(byte[] data, int offset) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (data[offset + i] & 0xffL);
    }
    return v;
  }

  private static Pfn parse(DataInputStream in, Backend backend) throws IOException {
    PfnArchitecture arch = new PfnArchitecture(in.readInt(), in.readInt(), in.readInt(),
        in.readInt(), in.readInt(), in.readInt(), in.readInt());
    String target = in.readUTF();
    int count = in.readInt();
    if (count != arch.buckets() + 1) {
      throw new IllegalArgumentException(
          count + " bucket borders for " + arch.buckets() + " buckets");
    }
    double[] borders = new double[count];
    for (int i = 0; i < count; i++) {
      borders[i] = in.readDouble();
    }
    PfnNetwork network = new PfnNetwork(arch, backend, Rng.seeded(0));
    Map<String, Parameter> byName = new HashMap<>();
    for (Parameter p : network.parameters()) {
      byName.put(p.name(), p);
    }
    int params = in.readInt();
    if (params != byName.size()) {
      throw new IllegalArgumentException(
          params + " parameters stored, the architecture has " + byName.size());
    }
    for (int i = 0; i < params; i++) {
      String pname = in.readUTF();
      Parameter p = byName.remove(pname);
      if (p == null) {
        throw new IllegalArgumentException("unknown or repeated parameter '" + pname + "'");
      }
      int rows = in.readInt();
      int cols = in.readInt();
      if (rows != p.tensor().rows() || cols != p.tensor().cols()) {
        throw new IllegalArgumentException("parameter '" + pname + "' is " + rows + " x " + cols
            + ", expected " + p.tensor().rows() + " x " + p.tensor().cols());
      }
      float[] values = new float[rows * cols];
      for (int j = 0; j < values.length; j++) {
        values[j] = in.readFloat();
      }
      p.tensor().load(values);
    }
    return new Pfn(arch, BucketBorders.of(borders), target, network, backend);
  }
}
