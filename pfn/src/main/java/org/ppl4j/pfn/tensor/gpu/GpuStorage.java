package org.ppl4j.pfn.tensor.gpu;

import java.lang.ref.Cleaner;
import jcuda.driver.CUdeviceptr;
import org.ppl4j.pfn.tensor.Storage;

/**
 * Device storage of the {@link GpuBackend}: the first {@code length} floats of a pooled block.
 * The block goes back to the pool exactly once: on {@link #release()}, or when this storage
 * becomes unreachable without having been released (the model code releases tape
 * intermediates, but not every buffer it allocates).
 */
final class GpuStorage implements Storage {

  private static final Cleaner CLEANER = Cleaner.create();

  private final DeviceBlock block;
  private final int length;
  private final Cleaner.Cleanable cleanable;

  GpuStorage(DeviceMemoryPool pool, DeviceBlock block, int length) {
    this.block = block;
    this.length = length;
    this.cleanable = CLEANER.register(this, () -> pool.give(block));
  }

  @Override
  public int length() {
    return length;
  }

  /** Hands the block back to the pool; later calls do nothing. */
  void release() {
    cleanable.clean();
  }

  /** The device address of element {@code offset}. */
  CUdeviceptr at(long offset) {
    return offset == 0 ? block.pointer() : block.pointer().withByteOffset(offset * Float.BYTES);
  }

  /** The device storage behind a storage that must come from a GPU backend. */
  static GpuStorage of(Storage storage) {
    if (storage instanceof GpuStorage g) {
      return g;
    }
    throw new IllegalArgumentException("storage of another backend given to the gpu backend");
  }
}
