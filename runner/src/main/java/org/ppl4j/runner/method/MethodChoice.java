package org.ppl4j.runner.method;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * The method a run uses and why: named by the user ({@link #named}), or chosen by
 * {@link AutoMethod} with a reason in one line and, where the choice may still fail on the
 * model (NUTS finding no point of positive density), the choice to fall back on.
 *
 * @param method the method to run
 * @param reason why {@code --method auto} chose it; empty when the user named the method
 * @param fallback what to run instead when {@code method} gives up on the model with an
 *     {@link InferenceException} (never for the program's own errors)
 */
public record MethodChoice(InferenceMethod method, Optional<String> reason,
    Optional<MethodChoice> fallback) {

  /** Requires every part. */
  public MethodChoice {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(fallback, "fallback");
  }

  /** The method the user named. */
  public static MethodChoice named(InferenceMethod method) {
    return new MethodChoice(method, Optional.empty(), Optional.empty());
  }

  /** {@code method}, chosen by auto for {@code reason}. */
  static MethodChoice chosen(InferenceMethod method, String reason) {
    return new MethodChoice(method, Optional.of(reason), Optional.empty());
  }

  /** This choice, falling back on {@code other}. */
  MethodChoice orElse(MethodChoice other) {
    return new MethodChoice(method, reason, Optional.of(other));
  }

  /** What a run of a choice gave: the choice that ran to the end and its posterior. */
  public record Ran(MethodChoice choice, Posterior<Value> posterior) {}

  /**
   * Runs the method (see {@link InferenceMethod#run(InferenceProblem, MethodOptions, Rng,
   * Progress, Optional, long)}); when it gives up on the model and a fallback is known, runs the
   * fallback from a generator seeded as the first, so a seed still gives one answer.
   */
  public Ran run(InferenceProblem problem, MethodOptions options, long seed, Progress progress,
      Optional<Path> draws) {
    try {
      return new Ran(this, method.run(problem, options, Rng.seeded(seed), progress, draws,
          seed));
    } catch (InferenceException e) {
      if (fallback.isEmpty()) {
        throw e;
      }
      MethodChoice next = fallback.get();
      String why = e.getMessage().startsWith(method.name() + ": ")
          ? e.getMessage().substring(method.name().length() + 2) : e.getMessage();
      MethodChoice explained = new MethodChoice(next.method, Optional.of(
          next.reason.orElse("") + "; " + method.name() + " gave up: " + why),
          next.fallback);
      return explained.run(problem, options, seed, progress, draws);
    }
  }
}
