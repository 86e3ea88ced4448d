package org.ppl4j.runner.method;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The bounds of the exact methods a run may give, each absent when not given. Validated here,
 * naming the flag, as {@link MethodOptions} validates the others.
 *
 * @param maxPaths {@code --max-paths N} of {@code enumerate}: keep the N most probable complete
 *     executions, &gt;= 1 (default: all)
 * @param maxScore {@code --max-score S} of {@code rejection}: the bound on a run's total log
 *     weight, finite (default 0)
 */
public record LimitOptions(OptionalInt maxPaths, OptionalDouble maxScore) {

  /** Validates both bounds, naming the flag. */
  public LimitOptions {
    if (maxPaths.isPresent() && maxPaths.getAsInt() < 1) {
      throw new IllegalArgumentException("--max-paths must be at least 1, got "
          + maxPaths.getAsInt());
    }
    if (maxScore.isPresent() && !Double.isFinite(maxScore.getAsDouble())) {
      throw new IllegalArgumentException("--max-score must be a finite log weight, got "
          + maxScore.getAsDouble());
    }
  }

  /** No bound given. */
  public static LimitOptions none() {
    return new LimitOptions(OptionalInt.empty(), OptionalDouble.empty());
  }
}
