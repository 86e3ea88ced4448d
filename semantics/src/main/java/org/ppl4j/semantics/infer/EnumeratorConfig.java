package org.ppl4j.semantics.infer;

/**
 * Settings of {@link Enumerator}.
 *
 * @param maxPaths the most execution paths (complete or cut off by a zero weight) to explore
 *     before giving up, &gt; 0
 */
public record EnumeratorConfig(long maxPaths) {
  /** Validates the components; see the type's documentation for their domains. */
  public EnumeratorConfig {
    if (maxPaths <= 0) {
      throw new IllegalArgumentException("EnumeratorConfig: maxPaths must be > 0, got " + maxPaths);
    }
  }

  /** At most ten million paths. */
  public static EnumeratorConfig defaults() {
    return new EnumeratorConfig(10_000_000L);
  }
}
