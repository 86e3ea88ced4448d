package org.ppl4j.pfn.tensor.gpu;

/**
 * A CUDA driver call of the GPU backend failed after the backend was opened: the message names
 * the operation and the driver's error (e.g. {@code "cuMemAlloc of 64 MiB failed:
 * CUDA_ERROR_OUT_OF_MEMORY"}). Kernel launches are asynchronous, so an error in a kernel may be
 * reported by the next call that waits for the device; the message then says so.
 */
public final class GpuException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a complete message. */
  public GpuException(String message) {
    super(message);
  }
}
