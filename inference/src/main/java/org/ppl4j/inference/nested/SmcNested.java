package org.ppl4j.inference.nested;

import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.nested.InferDistribution;
import org.ppl4j.semantics.nested.NestedRequest;
import org.ppl4j.semantics.nested.SamplingMethod;
import org.ppl4j.semantics.value.Value;

/**
 * {@code infer(f, {method: "smc", particles: n})}: the inner model's posterior by {@link Smc}
 * (adaptive systematic resampling, default 1,000 particles), provided to the core's
 * {@link org.ppl4j.semantics.nested.NestedMethods} as a service, so that the compiler reaches
 * it without depending on this module. The inner particles run on the calling thread (the
 * outer run already spreads its particles or chains over the cores; the result does not
 * depend on the number of threads). Its distribution is the final population's, equal results
 * merged; its log evidence is SMC's unbiased estimate.
 */
public final class SmcNested extends SamplingMethod {

  /** For the service loader. */
  public SmcNested() {
    super("smc", "particles");
  }

  @Override
  public InferDistribution run(Model<Value> model, NestedRequest request) {
    SmcConfig config = SmcConfig.defaults()
        .withParticles(count(request, SmcConfig.defaults().particles()))
        .withParallelism(Parallelism.sequential());
    try {
      return InferDistribution.fromDraws(name(),
          Smc.run(model, config, request.generator()).empirical());
    } catch (ZeroWeightException e) {
      throw new IllegalArgumentException("the inner model of 'infer' has zero total weight"
          + " (method 'smc'): every one of its " + config.particles() + " particles was"
          + " rejected");
    }
  }
}
