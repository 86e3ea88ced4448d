package org.ppl4j.compiler;

import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * A test's tiny interpreter of a model: draws forward with a seeded generator and adds up the
 * scores (likelihood weighting with one particle), through {@link Model#resume()}.
 */
record SeededRun(Value value, double logWeight) {

  @SuppressWarnings({"unchecked", "rawtypes"})
  static SeededRun run(Model<Value> model, long seed) {
    Rng rng = Rng.seeded(seed);
    double logWeight = 0;
    Model<Value> current = model;
    while (true) {
      Step<Value> step = current.resume();
      if (step instanceof Step.Done<Value> done) {
        return new SeededRun(done.value(), logWeight);
      } else if (step instanceof Step.Sampled sampled) {
        Distribution d = sampled.distribution();
        current = (Model<Value>) sampled.resumeWith(d.sample(rng));
      } else if (step instanceof Step.Scored<Value> scored) {
        logWeight += scored.logWeight();
        current = scored.resumeAfter();
      } else {
        throw new AssertionError(step);
      }
    }
  }
}
