package org.ppl4j.runner.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap the process has used so far, in megabytes: the sum of the heap memory pools'
 * peak usages (each pool's own peak, so an upper bound on the heap's peak; exact for a heap of
 * one pool). What {@code ppl run --diagnostics} reports as {@code peak_heap_mb}.
 */
final class PeakHeap {
  private PeakHeap() {}

  /** The sum of the heap pools' peak usages, in MB (1 MB = 2^20 bytes). */
  static long megabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }
}
