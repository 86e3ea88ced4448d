package org.ppl4j.pfn.tensor.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The CPU backends share one worker pool per thread count (a backend per PFN or DT command, per
 * loaded file, starts no threads of its own), and a range is covered exactly once whatever the
 * thread count.
 */
class ParallelTest {

  @Test
  void backendsWithTheSameThreadCountShareOnePool() {
    Parallel a = new Parallel(3);
    Parallel b = new Parallel(3);
    assertSame(a.pool().orElseThrow(), b.pool().orElseThrow());
    assertEquals(3, a.pool().orElseThrow().getParallelism());
    assertNotSame(a.pool().orElseThrow(), new Parallel(2).pool().orElseThrow());
    assertTrue(new Parallel(1).pool().isEmpty(), "one thread runs inline");
  }

  @Test
  void everyIndexIsVisitedOnce() {
    for (int threads : new int[] {1, 2, 3}) {
      AtomicIntegerArray visits = new AtomicIntegerArray(1001);
      new Parallel(threads).forRange(1001, 7, (from, to) -> {
        for (int i = from; i < to; i++) {
          visits.incrementAndGet(i);
        }
      });
      for (int i = 0; i < 1001; i++) {
        assertEquals(1, visits.get(i), "index " + i + " with " + threads + " threads");
      }
    }
  }
}
