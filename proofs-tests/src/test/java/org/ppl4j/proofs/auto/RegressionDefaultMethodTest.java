package org.ppl4j.proofs.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ppl4j.runner.cli.Main;

/**
 * Issue 15's done-means on the 5-predictor regression (workloads/regression5: 50 rows, beta_k ~
 * N(0, 10^2), noise sd 1 known): {@code ppl run} without {@code --method} gives every
 * coefficient's posterior mean within 0.1 exact posterior sd of the exact answer, or prints a
 * warning. The exact posterior is the conjugate normal one (e.g. Gelman et al., BDA3, §14.2
 * with a known variance and a normal prior): precision P = I / 100 + X'X, mean P^-1 X'y,
 * computed here by Gaussian elimination. Seed 1; auto picks NUTS (4 chains x 1,000 draws), whose
 * Monte Carlo error of a mean is about sd / sqrt(ESS), ESS over 1,000: 0.03 sd, so 0.1 sd is more
 * than three standard errors.
 */
class RegressionDefaultMethodTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Path WORKLOADS = Path.of("src", "test", "resources", "workloads");
  private static final int K = 5;

  @Test
  void theDefaultMethodIsWithinATenthOfAPosteriorSdOrWarns() throws Exception {
    Path data = WORKLOADS.resolve("regression5.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", WORKLOADS.resolve("regression5.ppl").toString(),
        "--data", data.toString(), "--seed", "1", "--format", "json", "--quiet"},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    JsonNode root = JSON.readTree(out.toString());
    double[][] exact = exact(JSON.readTree(data.toFile()));
    // the same by NumPy (np.linalg.inv): beta[0] 0.81795 +- 0.15341, beta[4] 0.85477 +- 0.15747
    assertEquals(0.81795, exact[0][0], 1e-5);
    assertEquals(0.15341, exact[1][0], 1e-5);
    assertEquals(0.85477, exact[0][4], 1e-5);
    assertEquals(0.15747, exact[1][4], 1e-5);
    boolean warned = root.get("warnings").size() > 0;
    StringBuilder far = new StringBuilder();
    for (int k = 0; k < K; k++) {
      double mean = root.get("summary").get("beta[" + k + "]").get("mean").doubleValue();
      double z = Math.abs(mean - exact[0][k]) / exact[1][k];
      if (z > 0.1) {
        far.append(String.format(" beta[%d]: %.4f vs exact %.4f (%.3f sd)", k, mean,
            exact[0][k], z));
      }
    }
    assertTrue(far.length() == 0 || warned, "method " + root.get("method")
        + ": off by more than 0.1 sd without a warning:" + far);
  }

  /** The exact posterior means (row 0) and sds (row 1). */
  static double[][] exact(JsonNode data) {
    JsonNode x = data.get("x");
    JsonNode y = data.get("y");
    double[][] a = new double[K][2 * K + 1]; // [P | I | X'y]
    for (int i = 0; i < K; i++) {
      a[i][i] = 1.0 / 100;
      a[i][K + i] = 1;
    }
    for (int r = 0; r < y.size(); r++) {
      for (int i = 0; i < K; i++) {
        double xi = x.get(r).get(i).doubleValue();
        a[i][2 * K] += xi * y.get(r).doubleValue();
        for (int j = 0; j < K; j++) {
          a[i][j] += xi * x.get(r).get(j).doubleValue();
        }
      }
    }
    // Gauss-Jordan on a symmetric positive-definite matrix: no pivoting needed
    for (int c = 0; c < K; c++) {
      double pivot = a[c][c];
      for (int j = 0; j <= 2 * K; j++) {
        a[c][j] /= pivot;
      }
      for (int r = 0; r < K; r++) {
        if (r != c) {
          double f = a[r][c];
          for (int j = 0; j <= 2 * K; j++) {
            a[r][j] -= f * a[c][j];
          }
        }
      }
    }
    double[][] out = new double[2][K];
    for (int i = 0; i < K; i++) {
      out[0][i] = a[i][2 * K];
      out[1][i] = Math.sqrt(a[i][K + i]);
    }
    return out;
  }
}
