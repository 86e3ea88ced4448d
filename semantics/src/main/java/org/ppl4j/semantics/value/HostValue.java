package org.ppl4j.semantics.value;

import java.util.Objects;

/**
 * Something the host (the runner around a program, not the program) attaches to a program's
 * result, e.g. the record of its observations that posterior predictive checks read back from
 * each draw. The language can neither write nor inspect one: it has no numeric leaves (so
 * summaries and draws files do not see it) and is not data.
 *
 * @param payload what the host attached
 */
public record HostValue(Object payload) implements Value {
  public HostValue {
    Objects.requireNonNull(payload, "payload");
  }

  @Override
  public String typeName() {
    return "host value";
  }
}
