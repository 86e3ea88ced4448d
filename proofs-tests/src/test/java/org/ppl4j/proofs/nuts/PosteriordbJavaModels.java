package org.ppl4j.proofs.nuts;

import static org.ppl4j.semantics.ad.AdReal.constant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.transform.DifferentiableModel;

/**
 * The five posteriordb models written with the Java {@link DifferentiableModel} DSL, reading
 * the same data files as the {@code .ppl} translations in {@code examples/posteriordb} and
 * reporting the same names. They cross-check the translations and serve the benchmark.
 */
final class PosteriordbJavaModels {
  private PosteriordbJavaModels() {}

  static final Path EXAMPLES = Path.of("..", "examples", "posteriordb");

  static JsonNode data(String posterior) {
    try {
      return new ObjectMapper().readTree(EXAMPLES.resolve(posterior + ".json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] reals(JsonNode data, String name) {
    JsonNode a = data.get(name);
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  static DifferentiableModel model(String posterior) {
    JsonNode data = data(posterior);
    switch (posterior) {
      case "eight_schools-eight_schools_noncentered":
        return eightSchools(reals(data, "y"), reals(data, "sigma"));
      case "kidiq-kidscore_interaction":
        return kidiq(reals(data, "kid_score"), reals(data, "mom_iq"), reals(data, "mom_hs"));
      case "earnings-logearn_height":
        return logRegression(log(reals(data, "earn")), reals(data, "height"));
      case "mesquite-logmesquite_logvolume": {
        double[] d1 = reals(data, "diam1");
        double[] d2 = reals(data, "diam2");
        double[] h = reals(data, "canopy_height");
        double[] volume = new double[d1.length];
        for (int i = 0; i < volume.length; i++) {
          volume[i] = d1[i] * d2[i] * h[i];
        }
        return logRegression(log(reals(data, "weight")), log(volume));
      }
      case "arK-arK":
        return arK(data.get("K").asInt(), reals(data, "y"));
      default:
        throw new IllegalArgumentException("unknown posterior " + posterior);
    }
  }

  static DifferentiableModel eightSchools(double[] y, double[] sigma) {
    return joint -> {
      AdReal[] thetaTrans = new AdReal[y.length];
      for (int j = 0; j < y.length; j++) {
        thetaTrans[j] = joint.sampleUnnamed(AdDistribution.normal(0, 1))[0];
      }
      AdReal mu = joint.sample("mu", AdDistribution.normal(0, 5));
      AdReal tau = joint.sample("tau", AdDistribution.of(Family.HALF_CAUCHY, constant(5)));
      for (int j = 0; j < y.length; j++) {
        AdReal theta = thetaTrans[j].times(tau).plus(mu);
        joint.output("theta[" + j + "]", theta);
        joint.observe(AdDistribution.normal(theta, constant(sigma[j])), y[j]);
      }
    };
  }

  static DifferentiableModel kidiq(double[] score, double[] iq, double[] hs) {
    return joint -> {
      AdReal[] beta = new AdReal[4];
      for (int k = 0; k < 4; k++) {
        beta[k] = joint.sample("beta[" + k + "]", AdDistribution.normal(0, 1000));
      }
      AdReal sigma = joint.sample("sigma", AdDistribution.of(Family.HALF_CAUCHY, constant(2.5)));
      for (int i = 0; i < score.length; i++) {
        AdReal mu = AdMath.dot(beta, new double[] {1, hs[i], iq[i], hs[i] * iq[i]});
        joint.observe(AdDistribution.normal(mu, sigma), score[i]);
      }
    };
  }

  static DifferentiableModel logRegression(double[] y, double[] x) {
    return joint -> {
      AdReal b0 = joint.sample("beta[0]", AdDistribution.normal(0, 1000));
      AdReal b1 = joint.sample("beta[1]", AdDistribution.normal(0, 1000));
      AdReal sigma = joint.sample("sigma", AdDistribution.of(Family.HALF_NORMAL, constant(1000)));
      for (int i = 0; i < y.length; i++) {
        joint.observe(AdDistribution.normal(b1.times(x[i]).plus(b0), sigma), y[i]);
      }
    };
  }

  static DifferentiableModel arK(int k, double[] y) {
    return joint -> {
      AdReal alpha = joint.sample("alpha", AdDistribution.normal(0, 10));
      AdReal[] beta = new AdReal[k];
      for (int j = 0; j < k; j++) {
        beta[j] = joint.sample("beta[" + j + "]", AdDistribution.normal(0, 10));
      }
      AdReal sigma = joint.sample("sigma", AdDistribution.of(Family.HALF_CAUCHY, constant(2.5)));
      double[] lags = new double[k];
      for (int t = k; t < y.length; t++) {
        for (int j = 0; j < k; j++) {
          lags[j] = y[t - j - 1];
        }
        joint.observe(AdDistribution.normal(AdMath.dot(beta, lags).plus(alpha), sigma), y[t]);
      }
    };
  }

  private static double[] log(double[] xs) {
    double[] out = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = Math.log(xs[i]);
    }
    return out;
  }
}
