package org.ppl4j.pfn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ppl4j.pfn.nn.NetworkFile;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.semantics.random.Rng;

/**
 * The {@code .pfn} file format, versions 1 and 2, in the {@link NetworkFile} framing
 * (big-endian, {@link DataOutputStream} encoding):
 * <pre>
 *   8 bytes  magic "PPL4JPFN"
 *   int      format version (1)
 *   7 ints   architecture: xDim, width, heads, layers, hiddenWidth, decoderWidth, buckets K
 *   UTF      target: "y" or a latent name
 *   int      K + 1, then K + 1 doubles: bucket borders
 *   (version 2 only) int xDim, xDim pairs of doubles (x low, high), 2 doubles (y low, high),
 *            int points: the {@link PfnRanges}
 *   int      parameter count P, then P times: UTF name, int rows, int cols, rows*cols floats
 *   long     CRC32 of every byte before it
 * </pre>
 * Reading checks the magic, the version, the checksum, and that every parameter the architecture
 * needs is present with its shape; any failure is a {@link NetworkFormatException} that says which.
 * A network without ranges is written as version 1, byte for byte as before; version-1 files
 * still load (without ranges).
 */
public final class PfnFile {

  /** The first eight bytes of every {@code .pfn} file. */
  public static final byte[] MAGIC = "PPL4JPFN".getBytes(StandardCharsets.US_ASCII);

  /** The newest format version this code writes and reads (1 for a network without ranges). */
  public static final int VERSION = 2;

  /** The oldest format version this code reads. */
  public static final int OLDEST_VERSION = 1;

  private static final String MAGIC_TEXT = new String(MAGIC, StandardCharsets.US_ASCII);

  private PfnFile() {}

  /** Writes {@code pfn} to {@code path}. */
  public static void write(Pfn pfn, Path path) throws IOException {
    Files.write(path, encode(pfn));
  }

  /** The bytes of the {@code .pfn} file of {@code pfn}. */
  public static byte[] encode(Pfn pfn) throws IOException {
    return NetworkFile.encode(MAGIC_TEXT, pfn.ranges().isPresent() ? VERSION : OLDEST_VERSION,
        out -> writeHeader(pfn, out),
        pfn.network().parameters());
  }

  /** Reads a network from {@code path} onto {@code backend}. */
  public static Pfn read(Path path, Backend backend) throws IOException {
    return decode(Files.readAllBytes(path), path.getFileName().toString(), backend);
  }

  /** Decodes the bytes of a {@code .pfn} file named {@code name} (for messages). */
  public static Pfn decode(byte[] data, String name, Backend backend) throws IOException {
    return NetworkFile.decode(data, name, MAGIC_TEXT, OLDEST_VERSION, VERSION, "PFN",
        (in, version) -> readHeader(in, version, backend), pfn -> pfn.network().parameters());
  }

  private static void writeHeader(Pfn pfn, DataOutputStream out) throws IOException {
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
    if (pfn.ranges().isPresent()) {
      pfn.ranges().get().write(out);
    }
  }

  /** The untrained network the header describes; the framing then loads its parameters. */
  private static Pfn readHeader(DataInputStream in, int version, Backend backend)
      throws IOException {
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
    java.util.Optional<PfnRanges> ranges = version >= 2
        ? java.util.Optional.of(PfnRanges.read(in)) : java.util.Optional.empty();
    return new Pfn(arch, BucketBorders.of(borders), target,
        new PfnNetwork(arch, backend, Rng.seeded(0)), backend, ranges);
  }
}
