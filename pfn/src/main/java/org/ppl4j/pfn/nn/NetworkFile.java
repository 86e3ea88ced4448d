package org.ppl4j.pfn.nn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The framing shared by network files ({@code .pfn}: {@link PfnFile}; {@code .dt}:
 * {@code dt.DtFile}): an 8-byte ASCII magic, an int format version, a
 * format-specific header, the named parameters, and a CRC32 of every byte before it
 * (big-endian {@link DataOutputStream} encoding):
 * <pre>
 *   8 bytes  magic
 *   int      format version
 *   ...      header (written and read by the format)
 *   int      parameter count P, then P times: UTF name, int rows, int cols, rows*cols floats
 *   long     CRC32 of every byte before it
 * </pre>
 * Reading checks magic, version and checksum before anything else, then that every parameter
 * the network needs is present once with its shape; each failure is a
 * {@link NetworkFormatException} naming the file and what is wrong.
 */
public final class NetworkFile {

  /** Writes a format's header fields. */
  @FunctionalInterface
  public interface HeaderWriter {
    /** Writes the header to {@code out}. */
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads a format's header and builds the (untrained) network it describes. */
  @FunctionalInterface
  public interface HeaderReader<T> {
    /** Reads the header from {@code in}; {@link IllegalArgumentException} for bad values. */
    T read(DataInputStream in) throws IOException;
  }

  /** Reads a header of one of several format versions. */
  @FunctionalInterface
  public interface VersionedHeaderReader<T> {
    /** Reads the header of format {@code version} from {@code in}. */
    T read(DataInputStream in, int version) throws IOException;
  }

  private NetworkFile() {}

  /** The bytes of a file with {@code magic} (8 ASCII characters), version, header, parameters. */
  public static byte[] encode(String magic, int version, HeaderWriter header,
      List<Parameter> parameters) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(magicBytes(magic));
      out.writeInt(version);
      header.write(out);
      out.writeInt(parameters.size());
      for (Parameter p : parameters) {
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
    return bytes.toByteArray();
  }

  /**
   * Decodes {@code data}: checks magic, version and checksum, reads the header with
   * {@code header}, then loads the stored parameters into {@code parametersOf(result)}.
   *
   * @param name the file's name, for messages
   * @param kind what the file should hold, for messages (e.g. "Distribution Transformer")
   */
  public static <T> T decode(byte[] data, String name, String magic, int version, String kind,
      HeaderReader<T> header, java.util.function.Function<T, List<Parameter>> parametersOf)
      throws NetworkFormatException {
    return decode(data, name, magic, version, version, kind, (in, v) -> header.read(in),
        parametersOf);
  }

  /**
   * Decodes {@code data} as {@link #decode(byte[], String, String, int, String, HeaderReader,
   * java.util.function.Function)} does, accepting every format version from {@code oldest} to
   * {@code newest}; the header reader is told which it reads.
   */
  public static <T> T decode(byte[] data, String name, String magic, int oldest, int newest,
      String kind, VersionedHeaderReader<T> header,
      java.util.function.Function<T, List<Parameter>> parametersOf)
      throws NetworkFormatException {
    byte[] m = magicBytes(magic);
    if (data.length < m.length || !java.util.Arrays.equals(data, 0, m.length, m, 0, m.length)) {
      throw new NetworkFormatException("'" + name + "' is not a ppl4j " + kind + " file (no "
          + magic + " header)");
    }
    if (data.length < m.length + 4 + 8) {
      throw new NetworkFormatException("'" + name + "' is truncated (" + data.length + " bytes)");
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
    try {
      in.skipBytes(m.length);
      int found = in.readInt();
      if (found < oldest || found > newest) {
        throw new NetworkFormatException("'" + name + "' has format version " + found
            + "; this ppl4j reads " + (oldest == newest ? "version " + newest
                : "versions " + oldest + " to " + newest));
      }
      CRC32 crc = new CRC32();
      crc.update(data, 0, data.length - 8);
      if (readLongAt(data, data.length - 8) != crc.getValue()) {
        throw new NetworkFormatException("'" + name
            + "' is truncated or corrupt (checksum mismatch, " + data.length + " bytes): train it again or copy it again");
      }
      T result = header.read(in, found);
      loadParameters(in, parametersOf.apply(result));
      if (in.available() != 8) {
        throw new NetworkFormatException("'" + name + "' has " + (in.available() - 8)
            + " unexpected bytes after the parameters");
      }
      return result;
    } catch (EOFException e) {
      throw new NetworkFormatException("'" + name + "' ends early (" + data.length + " bytes)");
    } catch (IllegalArgumentException e) {
      throw new NetworkFormatException("'" + name + "' is invalid: " + e.getMessage());
    } catch (NetworkFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new NetworkFormatException("'" + name + "' cannot be read: " + e.getMessage());
    }
  }

  private static void loadParameters(DataInputStream in, List<Parameter> expected)
      throws IOException {
    Map<String, Parameter> byName = new HashMap<>();
    for (Parameter p : expected) {
      byName.put(p.name(), p);
    }
    int count = in.readInt();
    if (count != byName.size()) {
      throw new IllegalArgumentException(
          count + " parameters stored, the architecture has " + byName.size());
    }
    for (int i = 0; i < count; i++) {
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
  }

  private static byte[] magicBytes(String magic) {
    byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
    if (m.length != 8) {
      throw new IllegalArgumentException("magic must be 8 ASCII characters: " + magic);
    }
    return m;
  }

  private static long readLongAt(byte[] data, int offset) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (data[offset + i] & 0xffL);
    }
    return v;
  }
}
