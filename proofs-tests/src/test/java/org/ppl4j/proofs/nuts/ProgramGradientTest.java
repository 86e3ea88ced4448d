package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.ProgramTarget;

/**
 * The gradient of a {@code .ppl} program's unconstrained log density, computed by running the
 * interpreter on differentiable values, against central finite differences (step 1e-6,
 * relative tolerance 1e-5) at several points: draws from constrained families (Jacobians),
 * {@code factor}, {@code observe} of a drawn value, {@code logpdf}, math and array builtins,
 * user functions and {@code map}.
 */
class ProgramGradientTest {
  private static final String SOURCE = String.join("\n",
      "x ~ normal(0, 1)",
      "y ~ gamma(2, 1)",
      "p ~ beta(2, 3)",
      "w ~ dirichlet([1, 2, 3])",
      "fun sq(a) = a * a",
      "observe x ~ normal(1, 1)",
      "factor(-abs(x) * 0.1 + log1p(y) + logpdf(normal(0, 2), x * p))",
      "observe 0.3 ~ normal(x * y, exp(0.1 * x))",
      "let v = mean(map(sq, [x, y, x * y])) + dot(w, [1, 2, 3])",
      "observe 2.0 ~ student_t(3, v, 1)",
      "observe true ~ bernoulli(logistic(x - p))",
      "observe 4 ~ poisson(y * p + max(x, 0.5))",
      "return {x: x, y: y, p: p, w: w}",
      "");

  @Test
  void gradientMatchesFiniteDifferences() {
    Program program = PplCompiler.compile("gradient.ppl", SOURCE);
    var data = DataLoader.parse(program.dataInputs(), "none.json", "{}");
    ProgramTarget target = new ProgramTarget(program.model(data.values()), program.resultName());
    assertEquals(5, target.dimension(), "x, y, p and a 3-simplex (2 coordinates)");
    double[][] points = {{0.1, -0.3, 0.4, 0.2, -0.5}, {-1.2, 0.7, -0.8, 1.1, 0.3},
        {0.9, 0.0, 1.5, -0.6, -1.4}};
    for (double[] q : points) {
      double[] gradient = new double[q.length];
      target.logDensity(q, gradient);
      for (int i = 0; i < q.length; i++) {
        double h = 1e-6;
        double[] up = q.clone();
        double[] down = q.clone();
        up[i] += h;
        down[i] -= h;
        double fd = (target.logDensity(up, new double[q.length])
            - target.logDensity(down, new double[q.length])) / (2 * h);
        assertTrue(Math.abs(gradient[i] - fd) <= 1e-5 * Math.max(1, Math.abs(fd)),
            "d/dq" + i + " at " + java.util.Arrays.toString(q) + ": reverse mode "
                + gradient[i] + ", finite difference " + fd);
      }
    }
  }
}
