package io.github.spencerpark.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;

/**
 * A test stand-in with the shape of IJava's entry class (IJava is not on Maven Central): the
 * static {@code getKernelInstance()} that notebook code calls to reach the running kernel.
 */
public final class IJava {
  private static BaseKernel kernel;

  private IJava() {}

  /** The running kernel, or null outside a notebook (as in IJava). */
  public static BaseKernel getKernelInstance() {
    return kernel;
  }

  /** Test hook: makes {@code k} the running kernel. */
  public static void setKernelInstance(BaseKernel k) {
    kernel = k;
  }
}
