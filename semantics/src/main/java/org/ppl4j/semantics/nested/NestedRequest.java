package org.ppl4j.semantics.nested;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.random.Rng;

/**
 * What an inner inference is asked: its options (every option of the built-in methods is a
 * positive count), its generator (for a random method; split from the outer run's), and the
 * tape of the automatic differentiation the outer run uses, if the inner model's parameters
 * carry derivatives (then an exact method records its log probabilities on that tape and takes
 * the inner model's differentiable scores from it).
 *
 * @param options option name to value, each {@code >= 1}
 * @param rng the generator, present for a random method
 * @param tape the outer tape, present under gradient-based inference with captured parameters
 */
public record NestedRequest(Map<String, Integer> options, Optional<Rng> rng,
    Optional<Tape> tape) {

  /** Copies the options and requires every component. */
  public NestedRequest {
    options = Map.copyOf(options);
    Objects.requireNonNull(rng, "rng");
    Objects.requireNonNull(tape, "tape");
  }

  /** The option {@code name}, or {@code fallback} when it was not given. */
  public int option(String name, int fallback) {
    return options.getOrDefault(name, fallback);
  }

  /** The generator of a random method. */
  public Rng generator() {
    return rng.orElseThrow(() -> new AssertionError("a random inner method got no generator"));
  }
}
