package org.ppl4j.runner.output.idata;

/**
 * The Zarr v2 data types InferenceData needs (Zarr v2 specification, "Data type encoding"):
 * little-endian IEEE 754 doubles for reals, little-endian 64-bit integers for integers, one
 * byte (0 or 1) for booleans, as NumPy's {@code <f8}, {@code <i8} and {@code |b1}.
 */
public enum ZarrType {
  /** {@code <f8}: a real. */
  FLOAT64("<f8", 8),
  /** {@code <i8}: an integer. */
  INT64("<i8", 8),
  /** {@code |b1}: a boolean. */
  BOOL("|b1", 1);

  private final String code;
  private final int size;

  ZarrType(String code, int size) {
    this.code = code;
    this.size = size;
  }

  /** The type as {@code .zarray}'s {@code dtype} writes it ({@code <f8}). */
  public String code() {
    return code;
  }

  /** Bytes per element. */
  public int size() {
    return size;
  }

  /**
   * The type that holds values of both {@code this} and {@code other} (booleans as integers,
   * integers as reals), as NumPy's promotion does.
   */
  public ZarrType join(ZarrType other) {
    return ordinal() == other.ordinal() ? this
        : this == FLOAT64 || other == FLOAT64 ? FLOAT64 : INT64;
  }
}
