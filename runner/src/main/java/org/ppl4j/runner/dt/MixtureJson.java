package org.ppl4j.runner.dt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ppl4j.pfn.dt.Gmm;

/**
 * A Gaussian mixture as JSON: {@code "weights"} (K numbers summing to 1), {@code "means"} (K
 * arrays of D) and {@code "covariances"} (K D x D arrays), so that a caller can use the
 * network's posterior as a density, or feed it back as the next prior.
 */
final class MixtureJson {

  private MixtureJson() {}

  /** Writes {@code mixture} into {@code node}. */
  static void put(ObjectNode node, Gmm mixture) {
    ArrayNode weights = node.putArray("weights");
    ArrayNode means = node.putArray("means");
    ArrayNode covariances = node.putArray("covariances");
    for (int c = 0; c < mixture.components(); c++) {
      weights.add(Math.exp(mixture.logWeight(c)));
      ArrayNode mean = means.addArray();
      for (double m : mixture.mean(c)) {
        mean.add(m);
      }
      ArrayNode cov = covariances.addArray();
      for (double[] row : mixture.covariance(c)) {
        ArrayNode r = cov.addArray();
        for (double v : row) {
          r.add(v);
        }
      }
    }
  }
}
