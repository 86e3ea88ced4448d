package org.ppl4j.pfn.tensor.gpu;

import java.util.Locale;

/** Where the PFN commands run: the {@code --device auto|cpu|gpu} option. */
public enum DeviceChoice {
  /** The GPU when one is usable, else the CPU with one warning line. */
  AUTO,
  /** The CPU backend. */
  CPU,
  /** The GPU backend; no usable GPU is an error. */
  GPU;

  /**
   * Parses {@code auto}, {@code cpu} or {@code gpu} (any case).
   *
   * @throws IllegalArgumentException naming the bad value and the accepted ones
   */
  public static DeviceChoice parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "auto":
        return AUTO;
      case "cpu":
        return CPU;
      case "gpu":
        return GPU;
      default:
        throw new IllegalArgumentException(
            "unknown device '" + text + "': expected auto, cpu or gpu");
    }
  }
}
