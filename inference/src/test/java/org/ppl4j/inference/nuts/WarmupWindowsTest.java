package org.ppl4j.inference.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stan's windowed warm-up schedule, iteration by iteration (no tolerance: exact integers). */
class WarmupWindowsTest {

  private static List<Integer> windowEnds(int warmup) {
    WarmupWindows w = new WarmupWindows(warmup);
    List<Integer> ends = new ArrayList<>();
    for (int it = 0; it < warmup; it++) {
      if (w.endsWindow()) {
        ends.add(it);
      }
      w.advance();
    }
    return ends;
  }

  private static int slowIterations(int warmup) {
    WarmupWindows w = new WarmupWindows(warmup);
    int n = 0;
    for (int it = 0; it < warmup; it++) {
      n += w.inSlowWindow() ? 1 : 0;
      w.advance();
    }
    return n;
  }

  @Test
  void defaultWarmupHasStansWindows() {
    // 75 fast, then slow windows of 25, 50, 100, 200 and a last one stretched to 500, 50 fast
    assertEquals(List.of(99, 149, 249, 449, 949), windowEnds(1000));
    assertEquals(1000 - 75 - 50, slowIterations(1000));
  }

  @Test
  void shortWarmupUsesProportionalBuffers() {
    // 15% (15) fast, 75 slow in one window, 10% (10) fast
    assertEquals(List.of(89), windowEnds(100));
    assertEquals(75, slowIterations(100));
  }

  @Test
  void mediumWarmup() {
    // slow phase 75..249: windows of 25 (to 99), 50 (to 149) and 100 (to 249, exactly the end)
    assertEquals(List.of(99, 149, 249), windowEnds(300));
    // slow phase 75..299: after 149 a window of 100 would end at 249 leaving 50 < 200, so it
    // is stretched to the end of the slow phase
    assertEquals(List.of(99, 149, 299), windowEnds(350));
  }
}
