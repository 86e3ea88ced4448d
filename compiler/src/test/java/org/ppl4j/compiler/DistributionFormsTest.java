package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.eval.ValueText;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * LANGUAGE.md §9.2 through the language: vectorised constructors (one score per observe, the
 * summed density), {@code iid}, {@code truncated}, {@code cdf}/{@code lcdf}/{@code lccdf}/
 * {@code quantile}, and the errors a user can make. Expected numbers: closed forms by hand, or
 * mpmath 1.3.0 (40 digits) where cited.
 */
class DistributionFormsTest {

  private static Program compile(String source) {
    return PplCompiler.compile("t.ppl", source);
  }

  private static double real(String expression) {
    Value v = SeededRun.run(compile("return " + expression + "\n").model(Map.of()), 1).value();
    String t = ValueText.of(v);
    return t.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(t);
  }

  private static void fails(String source, String part) {
    String message = error(source);
    assertTrue(message.contains(part), message);
  }

  private static String text(String source) {
    return ValueText.of(SeededRun.run(compile(source).model(Map.of()), 3).value());
  }

  private static String error(String source) {
    return assertThrows(PplException.class,
        () -> SeededRun.run(compile(source).model(Map.of()), 1)).getMessage();
  }

  @Test
  void aVectorisedObserveIsOneScoreOfTheSummedDensity() {
    Program p = compile("mu ~ normal(0, 1)\nobserve [0.5, 1.0, -2.0] ~ normal(mu, [1.0, 2.0, 3.0])"
        + "\nreturn mu\n");
    Model<Value> m = p.model(Map.of());
    int scores = 0;
    double logWeight = 0;
    double mu = Double.NaN;
    Rng rng = Rng.seeded(5);
    while (true) {
      Step<Value> step = m.resume();
      if (step instanceof Step.Done<Value> done) {
        mu = Double.parseDouble(ValueText.of(done.value()));
        break;
      } else if (step instanceof Step.Sampled<?, Value> s) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Model<Value> next = (Model<Value>) ((Step.Sampled) s).resumeWith(
            s.distribution().sample(rng));
        m = next;
      } else if (step instanceof Step.Scored<Value> s) {
        scores++;
        logWeight += s.logWeight();
        m = s.resumeAfter();
      }
    }
    assertEquals(1, scores, "one suspension point for the whole array");
    double expected = 0;
    double[] ys = {0.5, 1.0, -2.0};
    double[] sigmas = {1, 2, 3};
    for (int i = 0; i < 3; i++) {
      double z = (ys[i] - mu) / sigmas[i];
      expected += -0.5 * z * z - Math.log(sigmas[i]) - 0.5 * Math.log(2 * Math.PI);
    }
    assertEquals(expected, logWeight, 1e-12);
  }

  @Test
  void logpdfOfAVectorisedFamilyIsTheSum() {
    assertEquals(real("logpdf(normal(1.0, 1.0), 0.0) + logpdf(normal(2.0, 2.0), 0.0)"),
        real("logpdf(normal([1.0, 2.0], [1.0, 2.0]), [0.0, 0.0])"), 1e-14);
    assertEquals(real("logpdf(poisson(2.0), 1) + logpdf(poisson(3.0), 4)"),
        real("logpdf(poisson([2.0, 3.0]), [1, 4])"), 1e-14);
    assertEquals(real("logpdf(bernoulli(0.3), true) + logpdf(bernoulli(0.3), false)"),
        real("logpdf(bernoulli(0.3), [true, false])"), 1e-14);
    assertEquals(real("3 * logpdf(exponential(2.0), 0.5)"),
        real("logpdf(iid(exponential(2.0), 3), [0.5, 0.5, 0.5])"), 1e-14);
    assertEquals(0.0, real("logpdf(normal([], 1), [])"), 0.0);
  }

  @Test
  void drawsAreArraysOfTheRightLengthAndSupport() {
    String z = text("z ~ normal([0.0, 0.0, 0.0], 1)\nreturn length(z)\n");
    assertEquals("3", z);
    String ks = text("ks ~ iid(poisson(3), 4)\nreturn length(ks)\n");
    assertEquals("4", ks);
    String b = text("bs ~ bernoulli([0.5, 0.5])\nreturn bs[0] || !bs[0]\n");
    assertEquals("true", b);
    for (long seed = 1; seed <= 50; seed++) {
      Value t = SeededRun.run(compile("x ~ truncated(normal(0, 1), 1.5, 2)\nreturn x\n")
          .model(Map.of()), seed).value();
      double x = Double.parseDouble(ValueText.of(t));
      assertTrue(x >= 1.5 && x <= 2, "seed " + seed + ": " + x);
      Value k = SeededRun.run(compile("k ~ truncated(poisson(10), 3, 5)\nreturn k\n")
          .model(Map.of()), seed).value();
      long kv = Long.parseLong(ValueText.of(k));
      assertTrue(kv >= 3 && kv <= 5, "seed " + seed + ": " + kv);
      Value far = SeededRun.run(compile("x ~ truncated(normal(0, 1), 40, inf)\nreturn x\n")
          .model(Map.of()), seed).value();
      double fv = Double.parseDouble(ValueText.of(far));
      assertTrue(fv >= 40 && fv < 41, "seed " + seed + ": " + fv);
    }
  }

  @Test
  void cumulativeBuiltins() {
    // mpmath: log(1 - ncdf(40)) = -804.60844201375378817
    assertEquals(-804.60844201375378817, real("lccdf(normal(0, 1), 40)"), 1e-12);
    assertEquals(0.97500210485177956586, real("cdf(normal(0, 1), 1.96)"), 1e-15);
    assertEquals(Math.log(0.97500210485177956586), real("lcdf(normal(0, 1), 1.96)"), 1e-15);
    assertEquals(1.9599639845400542355, real("quantile(normal(0, 1), 0.975)"), 1e-14);
    assertEquals(3.0, real("quantile(poisson(3), 0.5)"), 0.0);
    assertEquals("true", text("return quantile(bernoulli(0.3), 0.8)\n"));
    assertEquals(1.0, real("cdf(gamma(2, 1), inf)"), 0.0);
    // truncated normal log density: log phi(1.5) - log(Phi(2) - Phi(1)), mpmath mass
    assertEquals(-0.5 * 1.5 * 1.5 - 0.5 * Math.log(2 * Math.PI) - Math.log(0.13590512198327784421),
        real("logpdf(truncated(normal(0, 1), 1, 2), 1.5)"), 1e-14);
    assertEquals(Double.NEGATIVE_INFINITY, real("logpdf(truncated(normal(0, 1), 1, 2), 2.5)"));
    // k ~ truncated(poisson(2), 1, 3): P(2) = 2 / (16 / 3) (masses 2, 2, 4/3 times e^-2)
    assertEquals(Math.log(3.0 / 8), real("logpdf(truncated(poisson(2), 1, 3), 2)"), 1e-14);
  }

  @Test
  void badInputsNameWhatIsWrong() {
    fails("x ~ normal([0.0, 1.0, 2.0], [1.0, 2.0])\nreturn x\n"
        , "normal: parameters 'mu' (length 3) and 'sigma' (length 2) must have the same length");
    fails("observe [1.0, 2.0] ~ normal([0.0, 0.0, 0.0], 1)\nreturn 0\n"
        , "'normal' with array arguments of length 3 cannot give the density of an array of"
            + " length 2");
    fails("x ~ iid(normal(0, 1), -1)\nreturn x\n", "iid: n must be a non-negative Int, got Int -1");
    fails("x ~ iid(normal(0, 1), 2.5)\nreturn x\n", "iid: n must be a non-negative Int, got Real");
    fails("x ~ truncated(normal(0, 1), 2, 1)\nreturn x\n"
        , "truncated: the lower end must be less than the upper end, got lo = 2.0, hi = 1.0");
    fails("x ~ truncated(exponential(1), -3, -1)\nreturn x\n"
        , "truncated: 'exponential' has no mass in [-3.0, -1.0]");
    fails("x ~ truncated(dirichlet([1.0, 1.0]), 0, 1)\nreturn x\n"
        , "truncated: 'dirichlet' has no cdf, so it cannot be truncated");
    fails("x ~ truncated(normal([0.0, 1.0], 1), 0, 1)\nreturn x\n",
        "truncated: expects a distribution of one number, got 'normal' over arrays of length 2");
    fails("x ~ truncated(bernoulli(0.5), 0, 1)\nreturn x\n",
        "truncated: 'bernoulli' draws Bools, which cannot be truncated");
    fails("return cdf(dirichlet([1.0, 1.0]), 0.5)\n", "cdf: 'dirichlet' has no cdf");
    fails("return lccdf(mv_normal([0.0], [[1.0]]), 0.5)\n", "lccdf: 'mv_normal' has no cdf");
    fails("return quantile(normal(0, 1), 1.5)\n", "quantile: p must be in [0, 1], got 1.5");
    fails("return quantile(poisson(2), 1)\n"
        , "quantile: 'poisson' has no finite quantile at p = 1.0");
    fails("return cdf(normal([0.0, 1.0], 1), 0.5)\n"
        , "cdf: expects a distribution of one number, got 'normal' over arrays of length 2");
    fails("x ~ normal([0.0, 1.0], [1.0, -1.0])\nreturn x\n", "(at index 1)");
  }
}
