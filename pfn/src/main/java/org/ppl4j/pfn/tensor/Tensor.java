package org.ppl4j.pfn.tensor;



/**
 * A row-major {@code rows x cols} matrix of floats held by a {@link Backend}, with an optional
 * gradient of the same shape (reverse-mode automatic differentiation, see {@link Tape}).
 * Batched data is laid out as stacked blocks of rows; the ops say how they read the blocks.
 */
public final class Tensor {

  private final Backend backend;
  private final int rows;
  private final int cols;
  private final Storage value;
  private final boolean requiresGrad;
  private Storage grad;

  Tensor(Backend backend, int rows, int cols, Storage value, boolean requiresGrad) {
    if (rows < 0 || cols < 0 || value.length() != rows * cols) {
      throw new IllegalArgumentException(
          "tensor of " + rows + " x " + cols + " needs " + rows * cols + " floats, got "
              + value.length());
    }
    this.backend = backend;
    this.rows = rows;
    this.cols = cols;
    this.value = value;
    this.requiresGrad = requiresGrad;
  }

  /** A new zero tensor. */
  public static Tensor zeros(Backend backend, int rows, int cols, boolean requiresGrad) {
    return new Tensor(backend, rows, cols, backend.allocate(rows * cols), requiresGrad);
  }

  /** A tensor holding a copy of {@code values} (row-major, length {@code rows * cols}). */
  public static Tensor of(Backend backend, int rows, int cols, float[] values,
      boolean requiresGrad) {
    return new Tensor(backend, rows, cols, backend.upload(values), requiresGrad);
  }

  /** The backend holding this tensor. */
  public Backend backend() {
    return backend;
  }

  /** Number of rows, &gt;= 0. */
  public int rows() {
    return rows;
  }

  /** Number of columns, &gt;= 0. */
  public int cols() {
    return cols;
  }

  /** Number of elements. */
  public int size() {
    return rows * cols;
  }

  /** Whether gradients flow into this tensor. */
  public boolean requiresGrad() {
    return requiresGrad;
  }

  /** The storage of the values. */
  public Storage value() {
    return value;
  }

  /** The gradient storage, allocated (zero) on first use. */
  public Storage grad() {
    if (grad == null) {
      grad = backend.allocate(rows * cols);
    }
    return grad;
  }

  /** Sets the gradient to zero (if one was allocated). */
  public void zeroGrad() {
    if (grad != null) {
      backend.fill(grad, 0f);
    }
  }

  /** A host copy of the values. */
  public float[] toArray() {
    return backend.download(value);
  }

  /** A host copy of the gradient (zeros if none was accumulated). */
  public float[] gradToArray() {
    return backend.download(grad());
  }

  /** Overwrites the values from a host array of length {@link #size()}. */
  public void load(float[] values) {
    if (values.length != size()) {
      throw new IllegalArgumentException(
          "expected " + size() + " values, got " + values.length);
    }
    Storage host = backend.upload(values);
    backend.copy(host, 0, value, 0, values.length);
    backend.release(host);
  }

  void releaseStorage() {
    backend.release(value);
    if (grad != null) {
      backend.release(grad);
    }
  }
}
