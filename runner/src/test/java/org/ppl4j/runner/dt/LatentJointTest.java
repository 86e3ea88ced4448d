package org.ppl4j.runner.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@link LatentJoint} is the program's joint density with the mixture indicator summed out, and
 * {@link WrittenPrior} reads the mixture prior exactly, both against the closed form of
 * gaussian_mean_model.ppl: prior 0.3 N(-2, 0.8^2) + 0.7 N(1.5, 1.2^2), unit-noise observations.
 */
class LatentJointTest {

  private static final double[] Y = {0.4, 1.1, -0.2};

  private static Program model() throws Exception {
    String file = Path.of("..", "examples", "dt", "gaussian_mean_model.ppl").toString();
    return PplCompiler.compile(file, Files.readString(Path.of(file)));
  }

  private static Map<String, Value> data() {
    return Map.of("obs", new ArrayValue(List.of(new RealValue(Y[0]), new RealValue(Y[1]),
        new RealValue(Y[2]))));
  }

  private static double logNormal(double x, double mu, double sd) {
    double z = (x - mu) / sd;
    return -0.5 * z * z - Math.log(sd) - 0.5 * Math.log(2 * Math.PI);
  }

  @Test
  void logJointSumsOutTheComponent() throws Exception {
    Program program = model();
    for (double theta : new double[] {-2.5, 0.3, 1.7}) {
      double prior = Math.log(0.3 * Math.exp(logNormal(theta, -2, 0.8))
          + 0.7 * Math.exp(logNormal(theta, 1.5, 1.2)));
      double likelihood = 0;
      for (double y : Y) {
        likelihood += logNormal(y, theta, 1);
      }
      assertEquals(prior + likelihood,
          LatentJoint.logJoint(program.model(data()), new double[] {theta}), 1e-10);
    }
  }

  @Test
  void aLatentOfTheWrongDimensionIsUnsupported() throws Exception {
    Program program = model();
    assertThrows(LatentJoint.Unsupported.class,
        () -> LatentJoint.logJoint(program.model(data()), new double[] {0.1, 0.2}));
  }

  @Test
  void writtenPriorIsTheMixtureAsWritten() throws Exception {
    Gmm prior = WrittenPrior.of(model().model(data())).orElseThrow();
    assertEquals(2, prior.components());
    assertEquals(Math.log(0.3), prior.logWeight(0), 1e-12);
    assertEquals(-2, prior.mean(0)[0], 0.0);
    assertEquals(1.2, prior.cholesky(1, 0, 0), 0.0);
    assertEquals(0.3 * -2 + 0.7 * 1.5, prior.mean()[0], 1e-12);
  }
}
