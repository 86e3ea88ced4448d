package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.proofs.inference.MonteCarloCheck.assertMeanNear;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.EnumerateMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.method.NutsMethod;
import org.ppl4j.runner.method.SmcMethod;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * The builtins of LANGUAGE.md §9.1 inside models, under SMC and NUTS, against closed forms:
 * <ul>
 *   <li>a Bayesian linear regression written with {@code matvec} (prior N(0, I), unit noise):
 *       the posterior is N(P^{-1} X^T y, P^{-1}) with P = I + X^T X;
 *   <li>a skew-normal posterior made with {@code Phi}: prior N(0, 1) and
 *       {@code factor(log(Phi(a x)))} give the density 2 phi(x) Phi(a x) (Azzalini 1985), mean
 *       {@code delta sqrt(2/pi)}, variance {@code 1 - 2 delta^2 / pi}, delta = a / sqrt(1 + a^2),
 *       evidence exactly 1/2;
 *   <li>{@code categorical(softmax(...))} under exact enumeration.
 * </ul>
 * SMC is replicated R = 30 times from generators split from one seed and the replications' mean
 * must lie within 4.5 standard errors ({@link MonteCarloCheck}); NUTS (4 chains) must put each
 * posterior mean within 4.5 sd / sqrt(ESS) of the exact one, trusted after ESS >= 400 and
 * R-hat <= 1.01 are asserted.
 */
class NewBuiltinsEndToEndTest {
  private static final long SEED = 20261207L;
  private static final int R = 30;

  private static final double[][] X = {{1, 0.5}, {1, -1.2}, {1, 2.0}, {1, 0.3}, {1, -0.7}};
  private static final double[] Y = {1.1, -0.8, 3.2, 0.9, -0.2};
  private static final String REGRESSION = String.join("\n",
      "let X = [[1, 0.5], [1, -1.2], [1, 2.0], [1, 0.3], [1, -0.7]]",
      "let y = [1.1, -0.8, 3.2, 0.9, -0.2]",
      "b0 ~ normal(0, 1)",
      "b1 ~ normal(0, 1)",
      "let mu = matvec(X, [b0, b1])",
      "for i in range(rows(X)) {",
      "  observe y[i] ~ normal(mu[i], 1)",
      "}",
      "return {b0: b0, b1: b1}", "");
  private static final double SKEW = 3.0;
  private static final String SKEW_NORMAL = String.join("\n",
      "x ~ normal(0, 1)",
      "factor(log(Phi(3 * x)))",
      "return {x: x}", "");

  private static InferenceProblem problem(String source) {
    Program program = PplCompiler.compile("builtins.ppl", source);
    return new InferenceProblem(program,
        DataLoader.parse(program.dataInputs(), "none.json", "{}").values());
  }

  private static MethodOptions options(OptionalInt particles, int warmup, int samples,
      int chains) {
    MethodOptions none = MethodOptions.none();
    return new MethodOptions(particles, none.resampler(), none.essThreshold(),
        OptionalInt.of(samples), OptionalInt.of(warmup), OptionalInt.of(chains),
        none.mcmcSteps(), none.net());
  }

  /** The exact posterior mean and variances of the regression: {m0, m1, v0, v1}. */
  private static double[] regressionExact() {
    double p00 = 1;
    double p01 = 0;
    double p11 = 1;
    double r0 = 0;
    double r1 = 0;
    for (int i = 0; i < Y.length; i++) {
      p00 += X[i][0] * X[i][0];
      p01 += X[i][0] * X[i][1];
      p11 += X[i][1] * X[i][1];
      r0 += X[i][0] * Y[i];
      r1 += X[i][1] * Y[i];
    }
    double det = p00 * p11 - p01 * p01;
    return new double[] {(p11 * r0 - p01 * r1) / det, (p00 * r1 - p01 * r0) / det,
        p11 / det, p00 / det};
  }

  private static double[] skewExact() {
    double delta = SKEW / Math.sqrt(1 + SKEW * SKEW);
    return new double[] {delta * Math.sqrt(2 / Math.PI), 1 - 2 * delta * delta / Math.PI};
  }

  @Test
  void smcMatchesTheClosedForms() {
    InferenceProblem regression = problem(REGRESSION);
    InferenceProblem skew = problem(SKEW_NORMAL);
    double[] exact = regressionExact();
    double[] skewExact = skewExact();
    Rng rng = Rng.seeded(SEED);
    double[][] estimates = new double[5][R];
    MethodOptions particles = options(OptionalInt.of(2000), 0, 1, 1);
    for (int r = 0; r < R; r++) {
      Posterior<Value> p = new SmcMethod().run(regression, particles, rng.split(),
          Progress.silent());
      estimates[0][r] = p.mean("b0");
      estimates[1][r] = p.mean("b1");
      Posterior<Value> s = new SmcMethod().run(skew, particles, rng.split(), Progress.silent());
      estimates[2][r] = s.mean("x");
      estimates[3][r] = s.summary().get("x").sd() * s.summary().get("x").sd();
      estimates[4][r] = Math.exp(s.logEvidence().orElseThrow());
    }
    assertMeanNear("smc matvec regression b0", estimates[0], exact[0], SEED);
    assertMeanNear("smc matvec regression b1", estimates[1], exact[1], SEED);
    assertMeanNear("smc Phi skew-normal mean", estimates[2], skewExact[0], SEED);
    assertMeanNear("smc Phi skew-normal variance", estimates[3], skewExact[1], SEED);
    assertMeanNear("smc Phi skew-normal evidence", estimates[4], 0.5, SEED);
  }

  private static void assertNutsMean(Posterior<Value> p, String leaf, double mean,
      double variance, long seed) {
    var summary = p.summary().get(leaf);
    double ess = summary.ess().orElseThrow();
    double rhat = summary.rhat().orElseThrow();
    assertTrue(ess >= 400 && rhat <= 1.01,
        leaf + ": seed " + seed + ", ESS " + ess + " (floor 400), R-hat " + rhat);
    double z = (p.mean(leaf) - mean) / Math.sqrt(variance / ess);
    assertTrue(Math.abs(z) <= 4.5, leaf + ": seed " + seed + ", mean " + p.mean(leaf)
        + " vs exact " + mean + ", ESS " + ess + ", z " + z);
  }

  @Test
  void nutsMatchesTheClosedForms() {
    double[] exact = regressionExact();
    MethodOptions options = options(OptionalInt.empty(), 300, 500, 4);
    Posterior<Value> p = new NutsMethod().run(problem(REGRESSION), options, Rng.seeded(SEED),
        Progress.silent());
    assertNutsMean(p, "b0", exact[0], exact[2], SEED);
    assertNutsMean(p, "b1", exact[1], exact[3], SEED);
    assertEquals(0L, p.diagnostics().divergences().orElseThrow());
    double[] skew = skewExact();
    Posterior<Value> s = new NutsMethod().run(problem(SKEW_NORMAL), options, Rng.seeded(SEED),
        Progress.silent());
    assertNutsMean(s, "x", skew[0], skew[1], SEED);
  }

  @Test
  void softmaxWeightsUnderEnumeration() {
    // softmax([0, log 2, log 3]) = [1, 2, 3] / 6 exactly up to rounding
    Posterior<Value> p = new EnumerateMethod().run(problem(
        "z ~ categorical(softmax([0, log(2), log(3)]))\nreturn {z: z}\n"),
        MethodOptions.none(), Rng.seeded(1), Progress.silent());
    var probabilities = p.probabilities("z").orElseThrow();
    assertEquals(1.0 / 6, probabilities.get("0"), 1e-15);
    assertEquals(2.0 / 6, probabilities.get("1"), 1e-15);
    assertEquals(3.0 / 6, probabilities.get("2"), 1e-15);
  }
}
