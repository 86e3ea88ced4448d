package org.ppl4j.pfn.dt.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.pfn.dt.GmmMetaPrior;
import org.ppl4j.pfn.dt.Likelihood;
import org.ppl4j.semantics.random.Rng;

/**
 * One held-out inference problem: a prior from the meta-prior, the latent drawn from it, and
 * observations given the latent.
 *
 * @param prior the prior mixture
 * @param latent the true latent
 * @param observations rows of the likelihood's observation dimension
 */
public record HeldOutProblem(Gmm prior, double[] latent, double[][] observations) {

  /**
   * {@code count} problems with K uniform on the meta-prior's range and n uniform on
   * {@code [minObservations, maxObservations]}; each problem uses a split generator.
   */
  public static List<HeldOutProblem> draw(GmmMetaPrior metaPrior, Likelihood likelihood,
      int count, int minObservations, int maxObservations, Rng rng) {
    List<HeldOutProblem> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Rng r = rng.split();
      Gmm prior = metaPrior.sample(metaPrior.sampleComponents(r), likelihood.latentDim(), r);
      double[] theta = prior.sample(r);
      int n = minObservations + r.nextInt(maxObservations - minObservations + 1);
      out.add(new HeldOutProblem(prior, theta, likelihood.observe(theta, n, r)));
    }
    return out;
  }
}
