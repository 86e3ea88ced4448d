package org.ppl4j.runner.dt;

import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * A Distribution Transformer applied to one program and many data sets: every problem prepared
 * ({@link DtProblem#prepare}), the network run once per block of observations for all of them
 * ({@link DtProblem#updateAll}), each posterior importance-corrected unless raw. What
 * {@code ppl dt apply} runs, and the Java entry point of {@code bench/dt}'s command-line
 * benchmark, so that both give the same answers for the same seed. Problems are prepared and
 * corrected in parallel on every core, each with generators split off in a fixed order before
 * the parallel sections, so a seed gives the same answers whatever the number of cores.
 */
public final class DtBatch {

  /**
   * One data set's answer.
   *
   * @param prior the prior as the network read it
   * @param networkPosterior the network's posterior mixture
   * @param posterior the reported posterior (corrected, or the network's draws when raw)
   */
  public record Answer(Gmm prior, Gmm networkPosterior, Posterior<Value> posterior) {}

  private DtBatch() {}

  /**
   * The answers for {@code data}, in order.
   *
   * @param net the network's file name, for messages
   * @param samples draws per problem, at least 2
   * @param raw whether to skip the importance correction
   * @param seed the seed: each problem gets generators split off in a fixed order
   * @throws org.ppl4j.runner.UserError for a program or data the network cannot take
   */
  public static List<Answer> apply(Program program, DistributionTransformer dt, String net,
      List<Map<String, Value>> data, int samples, boolean raw, long seed) {
    int n = data.size();
    Rng rng = Rng.seeded(seed);
    Rng[] prepareRngs = new Rng[n];
    for (int i = 0; i < n; i++) {
      prepareRngs[i] = rng.split();
    }
    DtProblem[] problems = new DtProblem[n];
    Parallelism parallel = Parallelism.allCores();
    parallel.forEach(n, 1, i -> problems[i] = DtProblem.prepare(dt, net,
        new InferenceProblem(program, data.get(i), Map.of()), prepareRngs[i]));
    List<Gmm> posteriors = DtProblem.updateAll(dt, List.of(problems));
    Rng[] posteriorRngs = new Rng[n];
    for (int i = 0; i < n; i++) {
      posteriorRngs[i] = rng.split();
    }
    Answer[] out = new Answer[n];
    parallel.forEach(n, 1, i -> out[i] = new Answer(problems[i].prior(), posteriors.get(i),
        problems[i].posterior("dt", posteriors.get(i), samples, raw, posteriorRngs[i])
            .named(program.resultName())));
    return List.of(out);
  }
}
