package org.ppl4j.runner.method;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ppl4j.inference.advi.Family;

/**
 * The controls of ADVI ({@code --method advi}) a run may give, each absent when not given (the
 * method then uses Stan's defaults, {@code AdviConfig.defaults()}). Validated here, naming the
 * flag, as {@link MethodOptions} validates the others.
 *
 * @param family {@code --family}: {@code meanfield} (default) or {@code fullrank}
 * @param iterations {@code --iter}: the most gradient steps, &gt;= 1 (default 10,000)
 * @param gradSamples {@code --grad-samples}: draws per gradient, &gt;= 1 (default 1)
 * @param elboSamples {@code --elbo-samples}: draws per ELBO estimate, &gt;= 2 (default 100)
 * @param eta {@code --eta}: the step-size scale, finite and &gt; 0 (default: adapted)
 * @param tolRelObj {@code --tol-rel-obj}: the relative ELBO change that counts as converged,
 *     finite and &gt; 0 (default 0.01)
 * @param evalElbo {@code --eval-elbo}: gradient steps between ELBO estimates, &gt;= 1 (default
 *     100)
 */
public record AdviOptions(Optional<Family> family, OptionalInt iterations,
    OptionalInt gradSamples, OptionalInt elboSamples, OptionalDouble eta,
    OptionalDouble tolRelObj, OptionalInt evalElbo) {

  /** Validates every control, naming its flag. */
  public AdviOptions {
    Objects.requireNonNull(family, "family");
    atLeast("--iter", iterations, 1);
    atLeast("--grad-samples", gradSamples, 1);
    atLeast("--elbo-samples", elboSamples, 2);
    atLeast("--eval-elbo", evalElbo, 1);
    positive("--eta", eta, "a step-size scale, e.g. 1 or 0.1");
    positive("--tol-rel-obj", tolRelObj, "a relative tolerance, e.g. 0.001");
  }

  /** No control given. */
  public static AdviOptions none() {
    return new AdviOptions(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
        OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty());
  }

  /**
   * The family written {@code label} (any case).
   *
   * @throws IllegalArgumentException naming {@code --family} and the families
   */
  public static Family family(String label) {
    return Family.named(label).orElseThrow(() -> new IllegalArgumentException(
        "--family must be meanfield or fullrank, got '" + label + "'"));
  }

  private static void atLeast(String flag, OptionalInt value, int least) {
    if (value.isPresent() && value.getAsInt() < least) {
      throw new IllegalArgumentException(
          flag + " must be at least " + least + ", got " + value.getAsInt());
    }
  }

  private static void positive(String flag, OptionalDouble value, String what) {
    if (value.isPresent() && !(value.getAsDouble() > 0 && Double.isFinite(value.getAsDouble()))) {
      throw new IllegalArgumentException(flag + " must be " + what + " (finite and > 0), got "
          + value.getAsDouble());
    }
  }
}
