package org.ppl4j.pfn.tensor.gpu;

/**
 * No GPU backend could be opened on this machine: no CUDA driver library, no device, a device
 * older than compute capability 8.0, or the driver refused the kernels. The message says which,
 * in words meant for a user (it is printed as the one warning line of {@code --device auto}, or
 * as the error of {@code --device gpu}).
 */
public final class GpuUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An exception whose message gives the reason. */
  public GpuUnavailableException(String reason) {
    super(reason);
  }
}
