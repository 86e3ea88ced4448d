package org.ppl4j.proofs.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * LANGUAGE.md §9.2 under every method it applies to: vectorised {@code observe} and
 * {@code sample}, {@code iid} and {@code truncated}, against exact answers (conjugate
 * posteriors, enumerated sums, the half-normal's moments). Monte Carlo checks: seed 7, the
 * stated N (particles; MH draws; NUTS: N/4 draws per chain, 2 chains, 300 warmup),
 * {@code |mean - exact| <= 4.5 sd / sqrt(ESS)} with the method's own ESS.
 */
class VectorisedDistributionsTest {

  private static Posterior<Value> run(String method, String source, int n) {
    Program program = PplCompiler.compile("v.ppl", source);
    var data = DataLoader.parse(program.dataInputs(), "v.json", "{}");
    InferenceProblem problem = new InferenceProblem(program, data.values());
    MethodOptions none = MethodOptions.none();
    boolean mcmc = method.equals("nuts") || method.equals("mh");
    MethodOptions options = new MethodOptions(mcmc ? none.particles() : OptionalInt.of(n),
        none.resampler(), none.essThreshold(),
        mcmc ? OptionalInt.of(method.equals("nuts") ? n / 4 : n) : none.samples(),
        method.equals("nuts") ? OptionalInt.of(300) : none.warmup(),
        method.equals("nuts") ? OptionalInt.of(2) : none.chains(), none.mcmcSteps(), none.net());
    return StandardMethods.registry().find(method).orElseThrow()
        .run(problem, options, Rng.seeded(7), Progress.silent());
  }

  private static void near(Posterior<Value> p, String leaf, double exact, double sd,
      String what) {
    Summary s = p.summary().get(leaf);
    assertTrue(s != null, what + ": no leaf " + leaf + " in " + p.summary().keySet());
    double ess = s.ess().orElse(Double.NaN);
    double tolerance = 4.5 * sd / Math.sqrt(ess);
    assertTrue(Math.abs(s.mean() - exact) <= tolerance, what + ", seed 7: mean of " + leaf
        + " " + s.mean() + " vs exact " + exact + ", ESS " + ess + ", tolerance " + tolerance);
  }

  /** mu ~ normal(0, 1), four observations of sd 1 in ONE observe: mu | ys ~ N(5/5, 1/5). */
  private static final String CONJUGATE = "mu ~ normal(0, 1)\n"
      + "observe [1.0, 2.0, 0.5, 1.5] ~ normal(mu, 1)\n"
      + "return mu\n";

  @Test
  void vectorisedObserveIsOneScoreWithTheSummedDensity() {
    for (String method : new String[] {"smc", "importance", "mh", "nuts"}) {
      near(run(method, CONJUGATE, 4000), "value", 1.0, 1 / Math.sqrt(5), method);
    }
  }

  /** z ~ normal([0, 0], 1), y ~ normal(z, 1): z_i | y ~ N(y_i / 2, 1/2). */
  private static final String DRAW = "z ~ normal([0.0, 0.0], 1)\n"
      + "observe [1.0, -1.0] ~ normal(z, 1)\n"
      + "return z\n";

  /** The same through iid. */
  private static final String IID = "z ~ iid(normal(0, 1), 2)\n"
      + "observe [1.0, -1.0] ~ normal(z, [1.0, 1.0])\n"
      + "return z\n";

  @Test
  void vectorisedAndIidDrawsAreArrays() {
    for (String method : new String[] {"smc", "mh", "nuts"}) {
      for (String source : new String[] {DRAW, IID}) {
        Posterior<Value> p = run(method, source, 4000);
        near(p, "value[0]", 0.5, Math.sqrt(0.5), method + " " + source);
        near(p, "value[1]", -0.5, Math.sqrt(0.5), method + " " + source);
      }
    }
  }

  /**
   * An array of draws observed under scalar parameters (x broadcast, derivatives through x):
   * z_i ~ N(0, 1) times N(z_i | 0.5, 1) gives z_i ~ N(0.25, 1/2).
   */
  @Test
  void anArrayOfDrawsObservedUnderScalarParametersKeepsItsDerivatives() {
    String source = "z ~ normal([0.0, 0.0], 1)\nobserve z ~ normal(0.5, 1)\nreturn z\n";
    for (String method : new String[] {"smc", "nuts"}) {
      Posterior<Value> p = run(method, source, 4000);
      near(p, "value[0]", 0.25, Math.sqrt(0.5), method);
      near(p, "value[1]", 0.25, Math.sqrt(0.5), method);
    }
  }

  /**
   * Gamma-Poisson, vectorised both ways: lambda_i ~ gamma(2, 2), k_i ~ poisson(lambda_i) with
   * k = [3, 5]: lambda_i | k ~ gamma(2 + k_i, 3), mean (2 + k_i) / 3, sd sqrt(2 + k_i) / 3.
   * NUTS maps each element through its own log transform.
   */
  private static final String GAMMA_POISSON = "lambdas ~ gamma([2.0, 2.0], 2)\n"
      + "observe [3, 5] ~ poisson(lambdas)\n"
      + "return lambdas\n";

  @Test
  void constrainedVectorisedDrawsAndDiscreteVectorisedObserve() {
    for (String method : new String[] {"smc", "mh", "nuts"}) {
      Posterior<Value> p = run(method, GAMMA_POISSON, 4000);
      near(p, "value[0]", 5.0 / 3, Math.sqrt(5) / 3, method);
      near(p, "value[1]", 7.0 / 3, Math.sqrt(7) / 3, method);
    }
  }

  /** truncated(normal(0, 1), 0, inf) is the half-normal: mean sqrt(2/pi), sd sqrt(1 - 2/pi). */
  private static final String HALF = "x ~ truncated(normal(0, 1), 0, inf)\n"
      + "observe 0.0 ~ normal(0, 10)\n"
      + "return x\n";

  @Test
  void truncatedContinuousDraws() {
    for (String method : new String[] {"smc", "importance", "mh", "nuts"}) {
      near(run(method, HALF, 4000), "value", Math.sqrt(2 / Math.PI), Math.sqrt(1 - 2 / Math.PI),
          method);
    }
  }

  /**
   * Prior-only draws through NUTS's transforms: exponential([1, 2]) element by element (means 1
   * and 1/2, sds the same) and truncated(normal(0, 1), -1, 2) through a scaled logistic (mean
   * (phi(-1) - phi(2)) / (Phi(2) - Phi(-1)) = 0.229637179091329, sd 0.720945586859046 by mpmath).
   */
  @Test
  void perElementAndIntervalTransforms() {
    for (String method : new String[] {"smc", "nuts"}) {
      Posterior<Value> e = run(method, "sigmas ~ exponential([1.0, 2.0])\n"
          + "observe 0.0 ~ normal(0, 10)\nreturn sigmas\n", 4000);
      near(e, "value[0]", 1.0, 1.0, method);
      near(e, "value[1]", 0.5, 0.5, method);
      Posterior<Value> t = run(method, "x ~ truncated(normal(0, 1), -1, 2)\n"
          + "observe 0.0 ~ normal(0, 10)\nreturn x\n", 4000);
      near(t, "value", 0.229637179091329, 0.720945586859046, method);
    }
  }

  @Test
  void discreteFormsEnumerateExactly() {
    // P(k) for k ~ truncated(poisson(2), 1, 3) is proportional to 2, 2, 4/3: mean 30/16
    Posterior<Value> t = run("enumerate", "k ~ truncated(poisson(2), 1, 3)\nreturn k\n", 1);
    assertEquals(1.875, t.mean("value"), 1e-12);
    // ks ~ bernoulli([0.3, 0.6]) given at least one true: P(ks[0]) = 0.3 / (1 - 0.7 * 0.4)
    Posterior<Value> b = run("enumerate", "ks ~ bernoulli([0.3, 0.6])\n"
        + "condition(ks[0] || ks[1])\nreturn if ks[0] { 1 } else { 0 }\n", 1);
    assertEquals(0.3 / 0.72, b.mean("value"), 1e-12);
    // three fair coins by iid, observed through a vectorised bernoulli: heads count is
    // binomial(3, 1/2) reweighted by 0.9^h 0.1^(3-h) -> mean 3 * 0.9 = 2.7
    Posterior<Value> c = run("enumerate", "cs ~ iid(bernoulli(0.5), 3)\n"
        + "let h = length(filter(fn (c) => c, cs))\n"
        + "observe [true, true, true] ~ bernoulli([if cs[0] {0.9} else {0.1},"
        + " if cs[1] {0.9} else {0.1}, if cs[2] {0.9} else {0.1}])\n"
        + "return h\n", 1);
    assertEquals(2.7, c.mean("value"), 1e-12);
  }
}
