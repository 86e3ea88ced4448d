package org.ppl4j.runner.dt;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.InferenceMethod;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method dt --net NET.dt}: amortised inference with a Distribution Transformer.
 *
 * <p>Expected program shape: it returns the latent ({@code Real}, or {@code Real[]} of the
 * network's dimension); its prior is whatever the program draws before its {@code observe}s
 * (e.g. {@code theta ~ normal(0, 2)}, or a mixture via {@code categorical} then {@code normal});
 * its observations are the data input named {@code obs}, or else its only {@code Real[]} or
 * {@code Real[][]} input; its likelihood must be the one the network was trained on (checked by
 * {@link TrainingChecks}, which also notes a prior or data outside the training ranges). A prior
 * written as a normal, or a finite mixture of normals, is read as written ({@link WrittenPrior});
 * another is turned into a Gaussian mixture by fitting (EM, components chosen by BIC up to the
 * network's largest) to {@value DtProblem#PRIOR_DRAWS} forward draws of the program with its
 * scores ignored ({@link DtProblem}). Observations are fed in batches of at most the network's
 * training maximum, each posterior the prior of the next batch. {@code --samples} draws
 * (default 4,000) of the posterior mixture, mixed with 10% of prior draws, are
 * importance-corrected against the program's own joint density ({@link CorrectedPosterior}:
 * Pareto-smoothed weights, k̂, the log evidence; when k̂ &gt; 0.7 the draws again with half from
 * the prior, then tempered SMC seeded by them), or the network's draws are returned as they are
 * with {@code --raw}.
 */
public final class DtMethod implements InferenceMethod {

  @Override
  public String name() {
    return "dt";
  }

  @Override
  public String description() {
    return "Distribution Transformer, corrected; --net --samples --raw";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.NET, MethodOption.SAMPLES, MethodOption.RAW);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    Path file = options.net().orElseThrow(() -> new UserError(
        "--method dt needs a trained network: --net NET.dt (from 'ppl dt train')"));
    DistributionTransformer dt = DtProblem.load(file);
    DtProblem prepared = DtProblem.prepare(dt, file.getFileName().toString(), problem, rng);
    Gmm posterior = DtProblem.updateAll(dt, List.of(prepared)).get(0);
    return prepared.posterior(name(), posterior, Math.max(2, options.samples().orElse(4000)),
        options.raw(), rng);
  }
}
