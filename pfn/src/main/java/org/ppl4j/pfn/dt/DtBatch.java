package org.ppl4j.pfn.dt;

import java.util.List;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/**
 * A batch of inference problems with equal component and observation counts, as network input:
 * component features ({@code batch * K} rows), observation features ({@code batch * (n + 1)}
 * rows: the empty token, then the observations) and, for training, the true latents.
 *
 * @param batch problems, &gt; 0
 * @param components K, &gt; 0
 * @param observations n, &gt;= 0
 * @param componentFeatures {@code batch * K * componentWidth} floats
 * @param observationFeatures {@code batch * (n + 1) * observationWidth} floats
 * @param latents {@code batch * latentDim} floats (zeros when unknown)
 */
public record DtBatch(int batch, int components, int observations, float[] componentFeatures,
    float[] observationFeatures, float[] latents) {

  /** The input of {@code priors} with {@code data} (equal K and n across problems). */
  public static DtBatch of(DtArchitecture arch, List<Gmm> priors, List<double[][]> data,
      List<double[]> latents) {
    int b = priors.size();
    int k = priors.get(0).components();
    int n = data.get(0).length;
    int p = arch.componentWidth();
    int ow = arch.observationWidth();
    int d = arch.latentDim();
    float[] comps = new float[b * k * p];
    float[] obs = new float[b * (n + 1) * ow];
    float[] lat = new float[b * d];
    for (int i = 0; i < b; i++) {
      Gmm prior = priors.get(i);
      if (prior.components() != k || prior.dimension() != d) {
        throw new IllegalArgumentException("prior " + i + " has " + prior.components()
            + " components of dimension " + prior.dimension() + ", expected " + k + " of " + d);
      }
      ComponentCoding.encode(prior, comps, i * k * p);
      double[][] rows = data.get(i);
      if (rows.length != n) {
        throw new IllegalArgumentException(
            "problem " + i + " has " + rows.length + " observations, expected " + n);
      }
      int base = i * (n + 1) * ow;
      obs[base + ow - 1] = 1f;
      for (int r = 0; r < n; r++) {
        if (rows[r].length != arch.observationDim()) {
          throw new IllegalArgumentException("observation " + r + " has " + rows[r].length
              + " values, the network expects " + arch.observationDim());
        }
        for (int c = 0; c < arch.observationDim(); c++) {
          obs[base + (r + 1) * ow + c] = (float) rows[r][c];
        }
      }
      if (!latents.isEmpty()) {
        for (int c = 0; c < d; c++) {
          lat[i * d + c] = (float) latents.get(i)[c];
        }
      }
    }
    return new DtBatch(b, k, n, comps, obs, lat);
  }

  /**
   * A training batch: for each problem a prior from {@code metaPrior} with K components, a latent
   * drawn from it, and {@code n} observations given the latent; each problem uses a split
   * generator.
   */
  public static DtBatch draw(DtArchitecture arch, GmmMetaPrior metaPrior, Likelihood likelihood,
      int batch, int k, int n, Rng rng) {
    java.util.ArrayList<Gmm> priors = new java.util.ArrayList<>(batch);
    java.util.ArrayList<double[][]> data = new java.util.ArrayList<>(batch);
    java.util.ArrayList<double[]> latents = new java.util.ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      Rng r = rng.split();
      Gmm prior = metaPrior.sample(k, arch.latentDim(), r);
      double[] theta = prior.sample(r);
      priors.add(prior);
      latents.add(theta);
      data.add(likelihood.observe(theta, n, r));
    }
    return of(arch, priors, data, latents);
  }

  /** The component features as a tensor. */
  public Tensor componentTensor(Backend be, DtArchitecture arch) {
    return Tensor.of(be, batch * components, arch.componentWidth(), componentFeatures, false);
  }

  /** The observation features as a tensor. */
  public Tensor observationTensor(Backend be, DtArchitecture arch) {
    return Tensor.of(be, batch * (observations + 1), arch.observationWidth(),
        observationFeatures, false);
  }

  /** The latents as a tensor. */
  public Tensor latentTensor(Backend be, DtArchitecture arch) {
    return Tensor.of(be, batch, arch.latentDim(), latents, false);
  }
}
