package org.ppl4j.runner.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@link ReplayedJoint} against the interpreter ({@link LatentJoint}) on a mixture prior whose
 * scores depend on the component: summed over branches it is the interpreter's value (relative
 * 1e-9); its one-branch estimate is unbiased for {@code p(theta, y)} (seed 4, N 20,000 estimates
 * at each of three points, mean ratio to exact within 4.5 standard errors of 1).
 */
class ReplayedJointTest {

  private static Model<Value> model() {
    String source = "data obs : Real[]\nz ~ categorical([0.4, 0.6])\n"
        + "theta ~ normal(if z == 0 { -1.0 } else { 1.0 }, 1.0)\n"
        + "for y in obs {\n  observe y ~ normal(theta + 0.5 * z, 1.0)\n}\nreturn theta\n";
    return PplCompiler.compile("mix.ppl", source).model(Map.of("obs",
        new ArrayValue(List.of(new RealValue(0.3), new RealValue(1.7)))));
  }

  @Test
  void summedBranchesAreTheInterpretersValueAndOneBranchIsUnbiased() throws Exception {
    Model<Value> model = model();
    ReplayedJoint joint = ReplayedJoint.of(model, 0.5, 1.0).orElseThrow();
    Rng rng = Rng.seeded(4);
    for (double x : new double[] {-1.3, 0.2, 2.1}) {
      double exact = LatentJoint.logJoint(model, new double[] {x});
      assertEquals(exact, joint.exactLogJoint(x), 1e-9 * Math.max(1, Math.abs(exact)));
      int n = 20_000;
      double sum = 0;
      double sumSquares = 0;
      for (int i = 0; i < n; i++) {
        double ratio = Math.exp(joint.logJoint(new double[] {x}, rng) - exact);
        sum += ratio;
        sumSquares += ratio * ratio;
      }
      double mean = sum / n;
      double se = Math.sqrt((sumSquares / n - mean * mean) / n);
      assertTrue(Math.abs(mean - 1) <= 4.5 * se, "x " + x + ": mean ratio " + mean + ", se "
          + se);
      assertTrue(se > 0, "the scores depend on the branch, so the estimate varies");
    }
  }

  @Test
  void aProgramThatBranchesOnTheLatentIsNotReplayed() {
    String source = "data obs : Real[]\ntheta ~ normal(0.0, 1.0)\n"
        + "if theta > 0 {\n  observe 1.0 ~ normal(theta, 1.0)\n}\nreturn theta\n";
    Model<Value> model = PplCompiler.compile("branch.ppl", source).model(Map.of("obs",
        new ArrayValue(List.of())));
    assertTrue(ReplayedJoint.of(model, 0.5, 1.0).isEmpty());
  }

  /**
   * The batched estimates are the point-by-point ones to the last bit (same seed, 3,000 points
   * over [-6, 6] and one far out, where the interpreter answers), on the two-branch mixture and
   * on a one-branch program.
   */
  @Test
  void batchedEstimatesAreThePointwiseOnes() throws Exception {
    String single = "data obs : Real[]\ntheta ~ normal(0.5, 2.0)\n"
        + "for y in obs {\n  observe y ~ normal(theta, 1.0)\n}\nreturn theta\n";
    Model<Value> one = PplCompiler.compile("one.ppl", single).model(Map.of("obs",
        new ArrayValue(List.of(new RealValue(0.3), new RealValue(1.7)))));
    for (Model<Value> model : List.of(model(), one)) {
      ReplayedJoint joint = ReplayedJoint.of(model, 0.5, 1.0).orElseThrow();
      double[] xs = new double[3001];
      for (int i = 0; i < 3000; i++) {
        xs[i] = -6 + 12.0 * i / 2999;
      }
      xs[3000] = 1e200;
      double[] batched = new double[xs.length];
      joint.logJoints(xs, Rng.seeded(11), batched);
      Rng rng = Rng.seeded(11);
      for (int i = 0; i < xs.length; i++) {
        assertEquals(joint.logJoint(new double[] {xs[i]}, rng), batched[i], 0.0, "x " + xs[i]);
      }
    }
  }
}
