package org.ppl4j.pfn.dt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.nn.NetworkFile;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Version 2 of the {@code .dt} file keeps the training ranges and likelihood probes; a
 * version-1 file (written here byte for byte as the old code wrote it) still loads, without
 * ranges. The probe of a Gaussian likelihood has the closed-form log-likelihood changes.
 */
class TrainingRangesTest {

  private final Backend be = CpuBackend.withThreads(1);

  /** n draws of normal(theta, 1), built with the Java DSL. */
  private static ModelLikelihood gaussian() {
    return new ModelLikelihood("gaussian", 1, true, (theta, n) -> draws(theta[0], n));
  }

  private static Model<Value> draws(double mu, int n) {
    Model<List<Value>> acc = Model.pure(List.of());
    for (int i = 0; i < n; i++) {
      acc = acc.flatMap(list -> Model.sample(Distributions.normal(mu, 1)).map(x -> {
        List<Value> more = new java.util.ArrayList<>(list);
        more.add(new RealValue(x));
        return more;
      }));
    }
    return acc.map(ArrayValue::new);
  }

  private DistributionTransformer network() {
    Rng rng = Rng.seeded(3);
    DtNetwork net = new DtNetwork(new DtArchitecture(1, 1, 8, 2, 1, 16, 8), be, rng);
    for (Parameter p : net.parameters()) {
      float[] v = new float[p.tensor().size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (0.1 * rng.nextGaussian());
      }
      p.tensor().load(v);
    }
    return new DistributionTransformer(net, new GmmMetaPrior(3, -2, 3, 0.1, 2, 0.25), 7, be);
  }

  /**
   * For y_1..y_n ~ N(theta_0, 1): log p(y | theta_j) - log p(y | theta_0)
   * = sum_i [(y_i - theta_0)^2 - (y_i - theta_j)^2] / 2, exactly.
   */
  @Test
  void probeOfAGaussianLikelihoodHasTheClosedFormChanges() {
    LikelihoodProbe probe = LikelihoodProbe.draw(gaussian(), Gmm.univariate(
        new double[] {1}, new double[] {0.5}, new double[] {1.5}), 4, Rng.seeded(5))
        .orElseThrow();
    double[][] y = probe.observations();
    double[][] latents = probe.latents();
    assertEquals(4, y.length);
    for (int j = 0; j < latents.length; j++) {
      double change = 0;
      for (double[] row : y) {
        change += (Math.pow(row[0] - latents[0][0], 2) - Math.pow(row[0] - latents[j][0], 2)) / 2;
      }
      assertEquals(change, probe.logLikelihoodChanges()[j], 1e-9 * (1 + Math.abs(change)));
    }
  }

  @Test
  void rangesSurviveTheFile() throws Exception {
    TrainingRanges ranges = TrainingRanges.survey(gaussian(), "g.ppl", "source text",
        network().metaPrior(), 7, Rng.seeded(9));
    assertTrue(ranges.observationLow()[0] < -2 && ranges.observationHigh()[0] > 3,
        "draws around means in [-2, 3] with unit noise reach beyond it");
    assertEquals(TrainingRanges.PROBES, ranges.probes().size());
    assertEquals(TrainingRanges.sha256("source text"), ranges.likelihoodHash());
    DistributionTransformer dt = network().withRanges(ranges);
    DistributionTransformer back = DtFile.decode(DtFile.encode(dt), "net.dt", be);
    TrainingRanges read = back.ranges().orElseThrow();
    assertArrayEquals(ranges.observationLow(), read.observationLow(), 0.0);
    assertArrayEquals(ranges.observationHigh(), read.observationHigh(), 0.0);
    assertEquals("g.ppl", read.likelihoodName());
    assertEquals(ranges.likelihoodHash(), read.likelihoodHash());
    for (int p = 0; p < ranges.probes().size(); p++) {
      assertArrayEquals(ranges.probes().get(p).logLikelihoodChanges(),
          read.probes().get(p).logLikelihoodChanges(), 0.0);
      assertArrayEquals(ranges.probes().get(p).observations()[0],
          read.probes().get(p).observations()[0], 0.0);
    }
  }

  /** A file in format version 1 (the header without the ranges block) loads, without ranges. */
  @Test
  void versionOneFilesStillLoad() throws Exception {
    DistributionTransformer dt = network();
    byte[] old = NetworkFile.encode(DtFile.MAGIC, 1, out -> writeVersionOneHeader(dt, out),
        dt.network().parameters());
    DistributionTransformer back = DtFile.decode(old, "old.dt", be);
    assertTrue(back.ranges().isEmpty());
    assertEquals(dt.architecture(), back.architecture());
    assertEquals(dt.metaPrior(), back.metaPrior());
    assertEquals(7, back.maxObservations());
    Gmm prior = Gmm.univariate(new double[] {1}, new double[] {0}, new double[] {1});
    double[][] y = {{0.5}, {1.0}};
    assertArrayEquals(dt.update(prior, y).mean(), back.update(prior, y).mean(), 0.0);
  }

  private static void writeVersionOneHeader(DistributionTransformer dt, DataOutputStream out)
      throws IOException {
    DtArchitecture a = dt.architecture();
    for (int v : new int[] {a.latentDim(), a.observationDim(), a.width(), a.heads(), a.layers(),
        a.hiddenWidth(), a.embedWidth()}) {
      out.writeInt(v);
    }
    GmmMetaPrior m = dt.metaPrior();
    out.writeInt(m.maxComponents());
    for (double v : new double[] {m.meanLow(), m.meanHigh(), m.minScale(), m.maxScale(),
        m.correlation()}) {
      out.writeDouble(v);
    }
    out.writeInt(dt.maxObservations());
  }
}
