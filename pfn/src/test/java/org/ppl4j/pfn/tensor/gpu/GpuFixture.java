package org.ppl4j.pfn.tensor.gpu;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.EnumMap;
import java.util.Map;

/**
 * The GPU backends the {@code gpu}-tagged tests share, opened once per JVM; on a machine without
 * a usable GPU every such test is skipped with the reason.
 */
final class GpuFixture {

  private static final Map<GemmPrecision, GpuBackend> OPENED = new EnumMap<>(GemmPrecision.class);
  private static String unavailable = "";

  private GpuFixture() {}

  /** The backend of {@code precision}, or a skipped test saying why there is none. */
  static synchronized GpuBackend backend(GemmPrecision precision) {
    if (!OPENED.containsKey(precision) && unavailable.isEmpty()) {
      try {
        GpuBackend be = GpuBackend.open(GpuConfig.defaults().withPrecision(precision));
        System.out.println("gpu tests run on " + be.description());
        OPENED.put(precision, be);
      } catch (GpuUnavailableException e) {
        unavailable = e.getMessage();
      }
    }
    assumeTrue(OPENED.containsKey(precision), () -> "skipped: no usable GPU: " + unavailable);
    return OPENED.get(precision);
  }
}
