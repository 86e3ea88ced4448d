package org.ppl4j.pfn.tensor.gpu;

import java.util.function.Consumer;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * Chooses the tensor backend for a {@link DeviceChoice}: {@code cpu} gives the CPU backend,
 * {@code gpu} the GPU backend or a {@link GpuUnavailableException}, and {@code auto} the GPU
 * backend when one opens, else the CPU backend after exactly one warning line saying why.
 */
public final class BackendSelection {

  /** Something that opens a GPU backend or says why it cannot (a seam for tests). */
  @FunctionalInterface
  public interface GpuOpener {
    /** Opens the GPU backend. */
    Backend open() throws GpuUnavailableException;
  }

  private BackendSelection() {}

  /** The real opener: {@link GpuBackend#open} with {@link GpuConfig#defaults()}. */
  public static GpuOpener defaultOpener() {
    return () -> GpuBackend.open(GpuConfig.defaults());
  }

  /**
   * The backend for {@code choice}, warning through {@code warn} (one call, one line, no
   * trailing newline) when {@code auto} falls back to the CPU.
   *
   * @throws GpuUnavailableException for {@link DeviceChoice#GPU} on a machine without a usable
   *     GPU; its message says why
   */
  public static Backend select(DeviceChoice choice, Consumer<String> warn)
      throws GpuUnavailableException {
    return select(choice, defaultOpener(), warn);
  }

  /** As {@link #select(DeviceChoice, Consumer)} with another way to open the GPU. */
  public static Backend select(DeviceChoice choice, GpuOpener opener, Consumer<String> warn)
      throws GpuUnavailableException {
    switch (choice) {
      case CPU:
        return CpuBackend.create();
      case GPU:
        return openOrExplain(opener);
      case AUTO:
        try {
          return openOrExplain(opener);
        } catch (GpuUnavailableException e) {
          warn.accept("warning: no usable GPU (" + e.getMessage() + "); running on the CPU");
          return CpuBackend.create();
        }
      default:
        throw new AssertionError(choice);
    }
  }

  /**
   * Opens the GPU, turning every way the native side can fail on a machine without CUDA
   * (missing JNI library or driver, a JCuda class that failed to initialise) into a
   * {@link GpuUnavailableException}.
   */
  private static Backend openOrExplain(GpuOpener opener) throws GpuUnavailableException {
    try {
      return opener.open();
    } catch (LinkageError e) {
      throw new GpuUnavailableException(
          "the CUDA driver could not be loaded: " + NativeFailure.reasonOf(e));
    } catch (GpuException e) {
      throw new GpuUnavailableException(e.getMessage());
    }
  }
}
