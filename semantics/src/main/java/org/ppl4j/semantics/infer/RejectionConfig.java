package org.ppl4j.semantics.infer;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Settings of {@link Rejection}.
 *
 * @param samples the number of accepted draws wanted, &gt; 0
 * @param maxAttempts the most forward runs before giving up, &ge; samples
 * @param logBound an upper bound on the model's total log weight, finite; required for models
 *     with soft scores, absent for models with hard conditions only
 */
public record RejectionConfig(int samples, long maxAttempts, OptionalDouble logBound) {
  /** Validates the components; see the type's documentation for their domains. */
  public RejectionConfig {
    Objects.requireNonNull(logBound, "logBound");
    if (samples <= 0) {
      throw new IllegalArgumentException("RejectionConfig: samples must be > 0, got " + samples);
    }
    if (maxAttempts < samples) {
      throw new IllegalArgumentException("RejectionConfig: maxAttempts must be >= samples ("
          + samples + "), got " + maxAttempts);
    }
    if (logBound.isPresent() && !Double.isFinite(logBound.getAsDouble())) {
      throw new IllegalArgumentException(
          "RejectionConfig: logBound must be finite, got " + logBound.getAsDouble());
    }
  }

  /** 1000 samples, at most ten million attempts, hard conditions only. */
  public static RejectionConfig defaults() {
    return new RejectionConfig(1000, 10_000_000L, OptionalDouble.empty());
  }

  /**
   * These settings with {@code n} samples (and at least as many attempts).
   *
   * @param n the number of accepted draws wanted, &gt; 0
   */
  public RejectionConfig withSamples(int n) {
    return new RejectionConfig(n, Math.max(maxAttempts, n), logBound);
  }

  /**
   * These settings with the bound {@code logBound} on the total log weight.
   *
   * @param logBound an upper bound on the model's total log weight, finite
   */
  public RejectionConfig withLogBound(double logBound) {
    return new RejectionConfig(samples, maxAttempts, OptionalDouble.of(logBound));
  }
}
