package org.ppl4j.runner.method;

import java.util.List;

/**
 * The one place where inference methods join the {@code ppl} command: add one line to
 * {@link #all()} per method.
 */
public final class StandardMethods {
  private StandardMethods() {}

  /** Every method {@code ppl run --method} offers, in the order {@code --help} lists them. */
  public static List<InferenceMethod> all() {
    return List.of(
        // the default: one of the methods below, chosen by the model's shape
        new AutoMethod(),
        // exact and simple methods (semantics.infer)
        new EnumerateMethod(),
        new RejectionMethod(),
        new ForwardMethod(),
        new ImportanceMethod(),
        // sequential Monte Carlo and MCMC (inference module)
        new SmcMethod(),
        new RmsmcMethod(),
        new TemperedMethod(),
        new PmmhMethod(),
        new MhMethod(),
        // gradient-based MCMC (inference module)
        new NutsMethod(),
        // variational (inference module)
        new AdviMethod()
        // amortised methods (pfn module)
        , new org.ppl4j.runner.pfn.PfnMethod()
        , new org.ppl4j.runner.dt.DtMethod()
        );
  }

  /** The methods tried in order for a run without {@code --method}. */
  public static List<String> defaultPreference() {
    return List.of("auto", "smc", "importance");
  }

  /** The registry of {@link #all()}. */
  public static MethodRegistry registry() {
    return new MethodRegistry(all(), defaultPreference());
  }
}
