package org.ppl4j.runner.output.idata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Zarr v2 layout of {@link ZarrDirectory}, byte for byte on tiny arrays: the metadata
 * documents (the Zarr v2 specification's keys, no compressor, no fill value, one chunk), the
 * xarray dimension attribute, the chunk's little-endian C-order bytes, and the consolidated
 * metadata holding every document.
 */
class ZarrDirectoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aRealMatrixIsOneUncompressedChunkInCOrder() throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(6 * 8).order(ByteOrder.LITTLE_ENDIAN);
    double[] values = {1.5, -2.0, 3.25, 0.0, 1e-300, Double.NaN};
    for (double x : values) {
      bytes.putDouble(x);
    }
    ZarrDirectory store = new ZarrDirectory(dir);
    store.group("", Map.of());
    store.group("posterior", Map.of("inference_library", "ppl4j"));
    store.array("posterior", new DataArray("x", List.of("chain", "draw"), new long[] {2, 3},
        ZarrType.FLOAT64, bytes.array()));
    store.consolidate();

    Path x = dir.resolve("posterior/x");
    assertEquals(map("chunks", List.of(2, 3), "compressor", null, "dtype", "<f8",
            "fill_value", null, "filters", null, "order", "C", "shape", List.of(2, 3),
            "zarr_format", 2),
        read(x.resolve(".zarray")));
    assertEquals(Map.of("_ARRAY_DIMENSIONS", List.of("chain", "draw")),
        read(x.resolve(".zattrs")));
    byte[] chunk = Files.readAllBytes(x.resolve("0.0"));
    assertEquals(48, chunk.length);
    // element (1, 0), C order: the 4th; 0x3FF8... is 1.5 little-endian from the first byte
    assertEquals(0.0, ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN).getDouble(24));
    assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF8, 0x3F},
        java.util.Arrays.copyOf(chunk, 8));
    assertEquals(Map.of("zarr_format", 2), read(dir.resolve(".zgroup")));
    assertEquals(Map.of("zarr_format", 2), read(dir.resolve("posterior/.zgroup")));
    assertEquals(Map.of("inference_library", "ppl4j"), read(dir.resolve("posterior/.zattrs")));

    @SuppressWarnings("unchecked")
    Map<String, Object> consolidated = read(dir.resolve(".zmetadata"));
    assertEquals(1, consolidated.get("zarr_consolidated_format"));
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = (Map<String, Object>) consolidated.get("metadata");
    assertEquals(List.of(".zgroup", ".zattrs", "posterior/.zgroup", "posterior/.zattrs",
        "posterior/x/.zarray", "posterior/x/.zattrs"), List.copyOf(metadata.keySet()));
    assertEquals(read(x.resolve(".zarray")), metadata.get("posterior/x/.zarray"));
  }

  @Test
  void integersBooleansScalarsAndEmptyArraysKeepTheirTypes() throws IOException {
    ZarrDirectory store = new ZarrDirectory(dir);
    store.group("", Map.of());
    store.array("", DataArray.coordinate("draw", 3));
    store.array("", new DataArray("flag", List.of("draw"), new long[] {3}, ZarrType.BOOL,
        new byte[] {1, 0, 1}));
    store.array("", new DataArray("s", List.of(), new long[0], ZarrType.INT64,
        new byte[] {7, 0, 0, 0, 0, 0, 0, 0}));
    store.array("", new DataArray("e", List.of("e_dim_0"), new long[] {0}, ZarrType.FLOAT64,
        new byte[0]));

    assertEquals("<i8", read(dir.resolve("draw/.zarray")).get("dtype"));
    assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
        2, 0, 0, 0, 0, 0, 0, 0}, Files.readAllBytes(dir.resolve("draw/0")));
    assertEquals("|b1", read(dir.resolve("flag/.zarray")).get("dtype"));
    assertArrayEquals(new byte[] {1, 0, 1}, Files.readAllBytes(dir.resolve("flag/0")));
    // a 0-dimensional array: shape [], its one chunk keyed "0"
    assertEquals(List.of(), read(dir.resolve("s/.zarray")).get("shape"));
    assertEquals(8, Files.size(dir.resolve("s/0")));
    // a length-0 dimension: chunk length 1 (Zarr needs >= 1) and no chunk file
    assertEquals(List.of(1), read(dir.resolve("e/.zarray")).get("chunks"));
    assertFalse(Files.exists(dir.resolve("e/0")));
    assertTrue(Files.exists(dir.resolve("e/.zattrs")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), Map.class);
  }

  /** A map of key, value, key, value ... in order; values may be null (JSON's null). */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
