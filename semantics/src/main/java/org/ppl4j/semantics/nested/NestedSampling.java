package org.ppl4j.semantics.nested;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.infer.Weighted;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * The inner methods made of the core's representations alone: {@code importance} (a population
 * of {@link Weighted} runs, each with its own split generator: likelihood weighting, whose mean
 * weight is an unbiased evidence estimate) and {@code rejection} ({@link Rejection}: exact
 * independent draws of a model with hard conditions). Their distribution is the empirical one of
 * the draws, equal results merged.
 */
final class NestedSampling {
  private NestedSampling() {}

  /** {@code {method: "importance", particles: n}} (default 1,000 particles). */
  static final class Importance extends SamplingMethod {
    Importance() {
      super("importance", "particles");
    }

    @Override
    public InferDistribution run(Model<Value> model, NestedRequest request) {
      int n = count(request, 1000);
      Rng rng = request.generator();
      List<Value> values = new ArrayList<>(n);
      double[] logWeights = new double[n];
      for (int i = 0; i < n; i++) {
        Weighted<Value> w = Weighted.run(model, rng.split());
        values.add(w.value());
        logWeights[i] = w.logWeight();
      }
      return InferDistribution.fromDraws(name(), new Empirical<>(values, logWeights,
          OptionalDouble.empty()));
    }
  }

  /** {@code {method: "rejection", samples: n}} (default 100 samples). */
  static final class RejectionSampling extends SamplingMethod {
    RejectionSampling() {
      super("rejection", "samples");
    }

    @Override
    public InferDistribution run(Model<Value> model, NestedRequest request) {
      int n = count(request, 100);
      RejectionConfig config = RejectionConfig.defaults().withSamples(n);
      return InferDistribution.fromDraws(name(),
          Rejection.run(model, config, request.generator()).draws());
    }
  }
}
