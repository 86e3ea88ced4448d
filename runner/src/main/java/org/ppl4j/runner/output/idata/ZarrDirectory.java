package org.ppl4j.runner.output.idata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Zarr v2 directory store being written (the Zarr storage specification, version 2): a
 * group is a folder with {@code .zgroup} and {@code .zattrs}; an array a folder with
 * {@code .zarray} (shape, one chunk the size of the array, {@code dtype}, C order, no
 * compressor, no filters, no fill value), {@code .zattrs} (the xarray convention's
 * {@code _ARRAY_DIMENSIONS}) and its single chunk file ({@code 0.0.0} for three dimensions,
 * {@code 0} for none), the raw little-endian elements. {@link #consolidate()} writes
 * {@code .zmetadata}, every metadata document in one, as {@code zarr.consolidate_metadata}
 * does, so that readers ({@code xarray.open_zarr}, ArviZ) read one file instead of many.
 *
 * <p>No fill value is declared, on purpose: xarray turns a declared fill value into a mask,
 * which would turn every integer equal to it into a missing value.
 */
final class ZarrDirectory {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;
  private final Map<String, Object> metadata = new LinkedHashMap<>();

  /** A store rooted at {@code root}, an existing empty folder. */
  ZarrDirectory(Path root) {
    this.root = root;
  }

  /**
   * Writes the group at {@code path} ({@code ""} for the root, else {@code posterior} ...).
   *
   * @throws IOException when a file cannot be written
   */
  void group(String path, Map<String, Object> attrs) throws IOException {
    Path folder = folder(path);
    Files.createDirectories(folder);
    write(path, ".zgroup", Map.of("zarr_format", 2));
    write(path, ".zattrs", attrs);
  }

  /**
   * Writes {@code array} in the group at {@code group}.
   *
   * @throws IOException when a file cannot be written
   */
  void array(String group, DataArray array) throws IOException {
    String path = group.isEmpty() ? array.name() : group + "/" + array.name();
    Files.createDirectories(folder(path));
    long[] shape = array.shape();
    long[] chunks = new long[shape.length];
    boolean empty = false;
    for (int k = 0; k < shape.length; k++) {
      chunks[k] = Math.max(1, shape[k]);
      empty |= shape[k] == 0;
    }
    Map<String, Object> zarray = new LinkedHashMap<>();
    zarray.put("chunks", chunks);
    zarray.put("compressor", null);
    zarray.put("dtype", array.type().code());
    zarray.put("fill_value", null);
    zarray.put("filters", null);
    zarray.put("order", "C");
    zarray.put("shape", shape);
    zarray.put("zarr_format", 2);
    write(path, ".zarray", zarray);
    write(path, ".zattrs", Map.of("_ARRAY_DIMENSIONS", array.dims()));
    if (!empty) {
      Files.write(folder(path).resolve(chunkKey(shape.length)), array.data());
    }
  }

  /**
   * Writes {@code .zmetadata} at the root: every {@code .zgroup}, {@code .zattrs} and
   * {@code .zarray} written so far, keyed by its path in the store.
   *
   * @throws IOException when the file cannot be written
   */
  void consolidate() throws IOException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("metadata", metadata);
    document.put("zarr_consolidated_format", 1);
    Files.writeString(root.resolve(".zmetadata"), JSON.writeValueAsString(document));
  }

  /** The key of the one chunk of an array of {@code rank} dimensions: {@code 0.0}, or 0. */
  static String chunkKey(int rank) {
    return rank == 0 ? "0" : String.join(".", java.util.Collections.nCopies(rank, "0"));
  }

  private void write(String path, String file, Object document) throws IOException {
    String key = path.isEmpty() ? file : path + "/" + file;
    metadata.put(key, document);
    Files.writeString(folder(path).resolve(file), JSON.writeValueAsString(document));
  }

  private Path folder(String path) {
    Path folder = root;
    for (String part : path.isEmpty() ? List.<String>of() : List.of(path.split("/"))) {
      folder = folder.resolve(part);
    }
    return folder;
  }
}
