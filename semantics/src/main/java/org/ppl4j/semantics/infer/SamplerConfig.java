package org.ppl4j.semantics.infer;

/**
 * Settings of {@link Sampler}.
 *
 * @param samples the number of forward draws, &gt; 0
 */
public record SamplerConfig(int samples) {
  /** Validates the components; see the type's documentation for their domains. */
  public SamplerConfig {
    if (samples <= 0) {
      throw new IllegalArgumentException("SamplerConfig: samples must be > 0, got " + samples);
    }
  }

  /** 1000 draws. */
  public static SamplerConfig defaults() {
    return new SamplerConfig(1000);
  }
}
