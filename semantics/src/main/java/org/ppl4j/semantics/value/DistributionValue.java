package org.ppl4j.semantics.value;

import java.util.Objects;
import org.ppl4j.semantics.dist.Distribution;

/** A distribution used as a value ({@code let d = normal(0, 1)}). */
public record DistributionValue(Distribution<?> distribution) implements Value {
  public DistributionValue {
    Objects.requireNonNull(distribution, "distribution");
  }

  @Override
  public String typeName() {
    return "distribution";
  }
}
