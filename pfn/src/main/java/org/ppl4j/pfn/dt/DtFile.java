package org.ppl4j.pfn.dt;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ppl4j.pfn.nn.NetworkFile;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.semantics.random.Rng;

/**
 * The {@code .dt} file format, version 2, in the {@link NetworkFile} framing (magic
 * {@code PPL4JDT1}, version, header, parameters, CRC32). The header holds seven ints of
 * {@link DtArchitecture} (latentDim, observationDim, width, heads, layers, hiddenWidth,
 * embedWidth), the {@link GmmMetaPrior} (int maxComponents, five doubles) and the int
 * maxObservations; version 2 adds a boolean and, when true, the {@link TrainingRanges}
 * (observation ranges, likelihood name and hash, probes). Version-1 files (no ranges) are still
 * read. A bad file is a {@link org.ppl4j.pfn.nn.NetworkFormatException} saying why.
 */
public final class DtFile {

  /** The first eight bytes of every {@code .dt} file. */
  public static final String MAGIC = "PPL4JDT1";

  /** The format version this code writes and reads. */
  public static final int VERSION = 2;

  /** The oldest format version this code reads. */
  public static final int OLDEST_VERSION = 1;

  private DtFile() {}

  /** Writes {@code dt} to {@code path}. */
  public static void write(DistributionTransformer dt, Path path) throws IOException {
    Files.write(path, encode(dt));
  }

  /** The bytes of the {@code .dt} file of {@code dt}. */
  public static byte[] encode(DistributionTransformer dt) throws IOException {
    return NetworkFile.encode(MAGIC, VERSION, out -> writeHeader(dt, out),
        dt.network().parameters());
  }

  /** Reads a network from {@code path} onto {@code backend}. */
  public static DistributionTransformer read(Path path, Backend backend) throws IOException {
    return decode(Files.readAllBytes(path), path.getFileName().toString(), backend);
  }

  /** Decodes the bytes of a {@code .dt} file named {@code name} (for messages). */
  public static DistributionTransformer decode(byte[] data, String name, Backend backend)
      throws IOException {
    return NetworkFile.decode(data, name, MAGIC, OLDEST_VERSION, VERSION,
        "Distribution Transformer", (in, version) -> readHeader(in, version, backend),
        dt -> dt.network().parameters());
  }

  private static void writeHeader(DistributionTransformer dt, DataOutputStream out)
      throws IOException {
    DtArchitecture a = dt.architecture();
    for (int v : new int[] {a.latentDim(), a.observationDim(), a.width(), a.heads(), a.layers(),
        a.hiddenWidth(), a.embedWidth()}) {
      out.writeInt(v);
    }
    GmmMetaPrior m = dt.metaPrior();
    out.writeInt(m.maxComponents());
    for (double v : new double[] {m.meanLow(), m.meanHigh(), m.minScale(), m.maxScale(),
        m.correlation()}) {
      out.writeDouble(v);
    }
    out.writeInt(dt.maxObservations());
    out.writeBoolean(dt.ranges().isPresent());
    if (dt.ranges().isPresent()) {
      dt.ranges().get().write(out);
    }
  }

  private static DistributionTransformer readHeader(DataInputStream in, int version,
      Backend backend) throws IOException {
    DtArchitecture arch = new DtArchitecture(in.readInt(), in.readInt(), in.readInt(),
        in.readInt(), in.readInt(), in.readInt(), in.readInt());
    GmmMetaPrior meta = new GmmMetaPrior(in.readInt(), in.readDouble(), in.readDouble(),
        in.readDouble(), in.readDouble(), in.readDouble());
    int maxObservations = in.readInt();
    if (maxObservations < 0) {
      throw new IllegalArgumentException("maxObservations " + maxObservations + " < 0");
    }
    java.util.Optional<TrainingRanges> ranges = version >= 2 && in.readBoolean()
        ? java.util.Optional.of(TrainingRanges.read(in)) : java.util.Optional.empty();
    return new DistributionTransformer(new DtNetwork(arch, backend, Rng.seeded(0)), meta,
        maxObservations, backend, ranges);
  }
}
