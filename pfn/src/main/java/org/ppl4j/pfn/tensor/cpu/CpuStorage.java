package org.ppl4j.pfn.tensor.cpu;

import org.ppl4j.pfn.tensor.Storage;

/** Host storage of the {@link CpuBackend}: a plain float array. */
record CpuStorage(float[] data) implements Storage {

  @Override
  public int length() {
    return data.length;
  }

  /** The array behind a storage that must come from the CPU backend. */
  static float[] of(Storage storage) {
    if (storage instanceof CpuStorage cpu) {
      return cpu.data;
    }
    throw new IllegalArgumentException("storage of another backend given to the cpu backend");
  }
}
