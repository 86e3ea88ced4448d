package org.ppl4j.pfn.tensor.gpu;

import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUresult;

/**
 * A caching allocator of device memory: requests are rounded up to a size class (multiples of
 * 256 floats, then eight classes per power of two, so at most 12.5% is wasted) and freed blocks
 * wait in a free list per class, so that a training loop whose steps allocate the same shapes
 * reaches a steady state with no driver allocation per step. When the driver runs out of memory
 * the pool frees its cached blocks, collects unreachable storage, and tries once more.
 *
 * <p>Used by one thread at a time, except {@link #give}, which the cleaner thread also calls:
 * returned blocks wait in a concurrent queue until the owning thread next allocates.
 */
final class DeviceMemoryPool {

  private static final long SMALLEST = 256;

  private final Map<Long, ArrayDeque<DeviceBlock>> free = new HashMap<>();
  private final Queue<DeviceBlock> returned = new ConcurrentLinkedQueue<>();
  private long driverAllocations;
  private long bytesFromDriver;

  /** The size class (in floats) that holds {@code length} floats. */
  static long sizeClass(long length) {
    if (length <= SMALLEST) {
      return SMALLEST;
    }
    int shift = Math.max(8, 63 - Long.numberOfLeadingZeros(length) - 3);
    long granule = 1L << shift;
    return (length + granule - 1) / granule * granule;
  }

  /** A block of at least {@code length} floats (its contents are undefined). */
  DeviceBlock take(long length) {
    drainReturned();
    long capacity = sizeClass(length);
    ArrayDeque<DeviceBlock> list = free.get(capacity);
    if (list != null && !list.isEmpty()) {
      return list.pop();
    }
    CUdeviceptr p = new CUdeviceptr();
    int r = cuMemAlloc(p, capacity * Float.BYTES);
    if (r == CUresult.CUDA_ERROR_OUT_OF_MEMORY) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      drainReturned();
      trim();
      r = cuMemAlloc(p, capacity * Float.BYTES);
    }
    CudaContext.check(r, "cuMemAlloc of " + mebibytes(capacity * Float.BYTES) + " (pool holds "
        + mebibytes(bytesFromDriver) + ")");
    driverAllocations++;
    bytesFromDriver += capacity * Float.BYTES;
    return new DeviceBlock(p, capacity);
  }

  /**
   * Hands {@code block} back for reuse; safe from any thread (the block joins a free list when
   * the owning thread next allocates). Each block must be given back once: {@link GpuStorage}
   * guarantees it by releasing through a {@link java.lang.ref.Cleaner.Cleanable}.
   */
  void give(DeviceBlock block) {
    returned.add(block);
  }

  private void drainReturned() {
    DeviceBlock b;
    while ((b = returned.poll()) != null) {
      free.computeIfAbsent(b.capacity(), c -> new ArrayDeque<>()).push(b);
    }
  }

  /** Frees every cached block back to the driver. */
  void trim() {
    for (ArrayDeque<DeviceBlock> list : free.values()) {
      for (DeviceBlock b : list) {
        cuMemFree(b.pointer());
        bytesFromDriver -= b.capacity() * Float.BYTES;
      }
      list.clear();
    }
  }

  /** Number of {@code cuMemAlloc} calls so far (constant in a steady training loop). */
  long driverAllocations() {
    return driverAllocations;
  }

  /** Bytes currently obtained from the driver, cached or in use. */
  long bytesFromDriver() {
    return bytesFromDriver;
  }

  private static String mebibytes(long bytes) {
    return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
