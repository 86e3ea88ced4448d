package org.ppl4j.runner.method;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ppl4j.inference.nuts.InitialPoint;

/**
 * The controls of a Hamiltonian sampler (NUTS) a run may give, each absent when not given (the
 * sampler then uses Stan's defaults, {@code NutsConfig.defaults()}). Validated here, naming the
 * flag, as {@link MethodOptions} validates the others.
 *
 * @param adaptDelta {@code --adapt-delta}: the acceptance statistic the step size adaptation
 *     aims at, in (0, 1) (Stan's {@code adapt delta}, default 0.8; raise it toward 1 against
 *     divergences)
 * @param maxTreedepth {@code --max-treedepth}: the most trajectory doublings, in 1..30 (default
 *     10)
 * @param initRadius {@code --init R}: initial unconstrained coordinates uniform on (-R, R), finite
 *     and &gt;= 0 (Stan's {@code init=R}, default 2; 0 starts at the origin)
 * @param initValues {@code --init FILE.json} (or inline JSON): initial values by name, as
 *     Stan's init file; never given together with {@code initRadius}
 * @param thin {@code --thin}: keep every n-th iteration, &gt;= 1 (default 1)
 * @param saveWarmup {@code --save-warmup}: also write the warm-up iterations to the
 *     {@code --draws} CmdStan files
 * @param density {@code --density}: how the log density and its gradient are evaluated,
 *     {@code compiled} (recorded once and replayed where the program allows it, the default) or
 *     {@code interpreted} (the program re-run for every gradient; the reference)
 */
public record HmcOptions(OptionalDouble adaptDelta, OptionalInt maxTreedepth,
    OptionalDouble initRadius, Optional<InitValues> initValues, OptionalInt thin,
    boolean saveWarmup, Optional<String> density) {

  /** The values {@code --density} takes. */
  public static final java.util.List<String> DENSITIES = java.util.List.of("compiled",
      "interpreted");

  /** The largest {@code --max-treedepth}: 2^30 leapfrog steps per draw. */
  public static final int MAX_TREEDEPTH = 30;

  /** Validates every control, naming its flag; see the type's documentation for the domains. */
  public HmcOptions {
    if (adaptDelta.isPresent() && !(adaptDelta.getAsDouble() > 0
        && adaptDelta.getAsDouble() < 1)) {
      throw new IllegalArgumentException("--adapt-delta must be between 0 and 1 (exclusive),"
          + " e.g. 0.95, got " + adaptDelta.getAsDouble());
    }
    if (maxTreedepth.isPresent() && (maxTreedepth.getAsInt() < 1
        || maxTreedepth.getAsInt() > MAX_TREEDEPTH)) {
      throw new IllegalArgumentException("--max-treedepth must be between 1 and "
          + MAX_TREEDEPTH + ", got " + maxTreedepth.getAsInt());
    }
    if (initRadius.isPresent() && !(initRadius.getAsDouble() >= 0
        && Double.isFinite(initRadius.getAsDouble()))) {
      throw new IllegalArgumentException("--init must be a radius >= 0 (initial values uniform"
          + " on (-R, R) on the unconstrained scale), got " + initRadius.getAsDouble());
    }
    if (initRadius.isPresent() && initValues.isPresent()) {
      throw new IllegalArgumentException("--init takes a radius or initial values, not both");
    }
    if (thin.isPresent() && thin.getAsInt() < 1) {
      throw new IllegalArgumentException("--thin must be at least 1, got " + thin.getAsInt());
    }
    if (density.isPresent() && !DENSITIES.contains(density.get())) {
      throw new IllegalArgumentException("--density must be one of " + String.join(", ",
          DENSITIES) + ", got '" + density.get() + "'");
    }
  }

  /** No control given. */
  public static HmcOptions none() {
    return new HmcOptions(OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty(),
        Optional.empty(), OptionalInt.empty(), false, Optional.empty());
  }

  /**
   * Where chains start: the initial values given by name, the radius given, or uniform on
   * (-{@code defaultRadius}, {@code defaultRadius}); named values leave the draws they do not
   * name to that default radius, as Stan does.
   */
  InitialPoint initialPoint(ProgramTarget target, double defaultRadius) {
    return initValues.<InitialPoint>map(v -> NamedInitialPoint.of(v, target, defaultRadius))
        .orElseGet(() -> InitialPoint.uniform(initRadius.orElse(defaultRadius)));
  }

  /** Whether the log density is to be compiled (the default) rather than interpreted. */
  public boolean compiledDensity() {
    return !density.equals(Optional.of("interpreted"));
  }
}
