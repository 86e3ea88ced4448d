package org.ppl4j.pfn.dt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/**
 * Shapes and symmetries of the network: the posterior has the prior's components and dimension
 * for any K and n; permuting the prior's components permutes the posterior's (equivariance);
 * permuting the observations changes nothing (invariance); outputs are valid mixtures; an
 * untrained network returns the prior. Float tolerance 1e-5 relative: the sums run in another
 * order after a permutation.
 */
class DtNetworkTest {

  private final Backend be = CpuBackend.withThreads(2);
  private final GmmMetaPrior meta = GmmMetaPrior.defaults();

  private DistributionTransformer randomised(DtArchitecture arch, long seed) {
    Rng rng = Rng.seeded(seed);
    DtNetwork net = new DtNetwork(arch, be, rng);
    for (Parameter p : net.parameters()) {
      float[] v = new float[p.tensor().size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (0.3 * rng.nextGaussian());
      }
      p.tensor().load(v);
    }
    return new DistributionTransformer(net, meta, 10, be);
  }

  private static double[][] observations(int n, int dim, Rng rng) {
    double[][] y = new double[n][dim];
    for (double[] row : y) {
      for (int c = 0; c < dim; c++) {
        row[c] = 2 * rng.nextGaussian();
      }
    }
    return y;
  }

  @Test
  void anyNumberOfComponentsAndObservations() {
    DistributionTransformer dt = randomised(new DtArchitecture(2, 3, 8, 2, 2, 16, 8), 1);
    Rng rng = Rng.seeded(2);
    for (int k = 1; k <= 4; k++) {
      for (int n : new int[] {0, 1, 7}) {
        Gmm prior = meta.sample(k, 2, rng);
        Gmm post = dt.update(prior, observations(n, 3, rng));
        assertEquals(k, post.components(), "components for K=" + k + ", n=" + n);
        assertEquals(2, post.dimension());
        double total = 0;
        for (int c = 0; c < k; c++) {
          total += Math.exp(post.logWeight(c));
          for (int i = 0; i < 2; i++) {
            assertTrue(post.cholesky(c, i, i) > 0, "Cholesky diagonal must be positive");
          }
        }
        assertEquals(1.0, total, 1e-9);
        assertTrue(Double.isFinite(post.logDensity(new double[] {0.3, -0.2})));
      }
    }
  }

  @Test
  void equivariantOverComponents() {
    DistributionTransformer dt = randomised(new DtArchitecture(2, 1, 8, 2, 2, 16, 8), 3);
    Rng rng = Rng.seeded(4);
    Gmm prior = meta.sample(4, 2, rng);
    double[][] y = observations(5, 1, rng);
    int[] perm = {2, 0, 3, 1};
    double[] lw = new double[4];
    double[][] means = new double[4][];
    double[][][] chol = new double[4][2][2];
    for (int c = 0; c < 4; c++) {
      lw[c] = prior.logWeight(perm[c]);
      means[c] = prior.mean(perm[c]);
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j <= i; j++) {
          chol[c][i][j] = prior.cholesky(perm[c], i, j);
        }
      }
    }
    Gmm a = dt.update(prior, y);
    Gmm b = dt.update(new Gmm(lw, means, chol), y);
    for (int c = 0; c < 4; c++) {
      assertEquals(a.logWeight(perm[c]), b.logWeight(c), 1e-5);
      assertArrayEquals(a.mean(perm[c]), b.mean(c), 1e-5);
      assertEquals(a.cholesky(perm[c], 1, 0), b.cholesky(c, 1, 0), 1e-5);
    }
  }

  @Test
  void invariantOverObservations() {
    DistributionTransformer dt = randomised(new DtArchitecture(1, 2, 8, 2, 2, 16, 8), 5);
    Rng rng = Rng.seeded(6);
    Gmm prior = meta.sample(3, 1, rng);
    double[][] y = observations(6, 2, rng);
    List<double[]> shuffled = new ArrayList<>(List.of(y));
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 3);
    Gmm a = dt.update(prior, y);
    Gmm b = dt.update(prior, shuffled.toArray(new double[0][]));
    for (int c = 0; c < 3; c++) {
      assertEquals(a.logWeight(c), b.logWeight(c), 1e-5);
      assertArrayEquals(a.mean(c), b.mean(c), 1e-5);
      assertEquals(a.cholesky(c, 0, 0), b.cholesky(c, 0, 0), 1e-5);
    }
  }

  @Test
  void untrainedNetworkReturnsThePrior() {
    DistributionTransformer dt = new DistributionTransformer(
        new DtNetwork(new DtArchitecture(2, 1, 8, 2, 1, 16, 8), be, Rng.seeded(7)), meta, 10, be);
    Gmm prior = meta.sample(3, 2, Rng.seeded(8));
    Gmm post = dt.update(prior, observations(4, 1, Rng.seeded(9)));
    for (int c = 0; c < 3; c++) {
      assertEquals(prior.logWeight(c), post.logWeight(c), 1e-5);
      assertArrayEquals(prior.mean(c), post.mean(c), 1e-5);
      assertEquals(prior.cholesky(c, 1, 1), post.cholesky(c, 1, 1),
          1e-5 * prior.cholesky(c, 1, 1));
    }
  }

  @Test
  void batchedUpdatesEqualSingleUpdates() {
    DistributionTransformer dt = randomised(new DtArchitecture(1, 1, 8, 2, 1, 16, 8), 10);
    Rng rng = Rng.seeded(11);
    List<Gmm> priors = new ArrayList<>();
    List<double[][]> data = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      priors.add(meta.sample(1 + i % 2, 1, rng));
      data.add(observations(i % 3, 1, rng));
    }
    List<Gmm> all = dt.updateAll(priors, data);
    for (int i = 0; i < 6; i++) {
      Gmm one = dt.update(priors.get(i), data.get(i));
      assertArrayEquals(one.mean(0), all.get(i).mean(0), 1e-5, "problem " + i);
    }
  }
}
