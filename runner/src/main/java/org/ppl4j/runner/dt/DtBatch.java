package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.Program;
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
 * benchmark, so that both give the same answers for the same seed.
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
    Rng rng = Rng.seeded(seed);
    List<DtProblem> problems = new ArrayList<>();
    for (Map<String, Value> values : data) {
      problems.add(DtProblem.prepare(dt, net, new InferenceProblem(program, values, Map.of()),
          rng.split()));
    }
    List<Gmm> posteriors = DtProblem.updateAll(dt, problems);
    List<Answer> out = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      DtProblem problem = problems.get(i);
      out.add(new Answer(problem.prior(), posteriors.get(i), problem.posterior("dt",
          posteriors.get(i), samples, raw, rng.split()).named(program.resultName())));
    }
    return out;
  }
}
