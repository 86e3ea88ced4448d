package org.ppl4j.pfn.tensor.cpu;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the running HotSpot JVM turns {@link Math#fma} into a fused multiply-add instruction,
 * read from its {@code UseFMA} flag. Where the flag cannot be read (a runtime without the
 * management modules, another JVM) the answer is {@code false}, the safe choice: kernels then
 * use a separate multiply and add, which is never slow.
 */
final class HardwareFma {

  private HardwareFma() {}

  /** {@code true} when the JVM reports {@code UseFMA=true}. */
  static boolean available() {
    try {
      HotSpotDiagnosticMXBean hotspot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("UseFMA").getValue());
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
