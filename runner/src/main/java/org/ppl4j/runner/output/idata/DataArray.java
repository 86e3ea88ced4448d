package org.ppl4j.runner.output.idata;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One named n-dimensional array of an InferenceData group, as xarray reads it from Zarr: its
 * dimension names (the {@code _ARRAY_DIMENSIONS} attribute of the xarray convention), its
 * shape, its element type and its elements, little-endian, in C (row-major) order. A
 * coordinate is an array whose only dimension bears its own name ({@link #coordinate}).
 *
 * @param name the variable's name in its group
 * @param dims one name per dimension
 * @param shape the length of each dimension, each &gt;= 0
 * @param type the element type
 * @param data the elements' bytes, {@code prod(shape) * type.size()} of them
 */
public record DataArray(String name, List<String> dims, long[] shape, ZarrType type,
    byte[] data) {

  /** Validates the shape against the dimensions and the data; copies the arrays. */
  public DataArray {
    Objects.requireNonNull(name, "name");
    dims = List.copyOf(dims);
    shape = shape.clone();
    Objects.requireNonNull(type, "type");
    data = data.clone();
    if (dims.size() != shape.length) {
      throw new IllegalArgumentException(name + ": " + dims.size() + " dimension names for "
          + shape.length + " dimensions");
    }
    long elements = 1;
    for (long n : shape) {
      if (n < 0) {
        throw new IllegalArgumentException(name + ": negative length " + n);
      }
      elements *= n;
    }
    if (data.length != elements * type.size()) {
      throw new IllegalArgumentException(name + ": " + data.length + " bytes for " + elements
          + " elements of " + type.code());
    }
  }

  /** The integer coordinate {@code 0, 1, ..., length - 1} of dimension {@code dim}. */
  public static DataArray coordinate(String dim, int length) {
    ByteBuffer bytes = buffer((long) length * ZarrType.INT64.size());
    for (long i = 0; i < length; i++) {
      bytes.putLong(i);
    }
    return new DataArray(dim, List.of(dim), new long[] {length}, ZarrType.INT64,
        bytes.array());
  }

  /** A little-endian buffer of {@code size} bytes. */
  static ByteBuffer buffer(long size) {
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("an InferenceData array over 2 GiB");
    }
    return ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataArray a && name.equals(a.name) && dims.equals(a.dims)
        && Arrays.equals(shape, a.shape) && type == a.type && Arrays.equals(data, a.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, dims, Arrays.hashCode(shape), type, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return name + dims + Arrays.toString(shape) + " " + type.code();
  }
}
