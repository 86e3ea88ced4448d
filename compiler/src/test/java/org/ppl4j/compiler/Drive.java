package org.ppl4j.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.value.Value;

/** Runs a model with given draws (in order) instead of a generator; adds up the scores. */
final class Drive {
  private Drive() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static SeededRun run(Model<Value> model, List<Object> draws) {
    Deque<Object> queue = new ArrayDeque<>(draws);
    double logWeight = 0;
    Model<Value> current = model;
    while (true) {
      Step<Value> step = current.resume();
      if (step instanceof Step.Done<Value> done) {
        if (!queue.isEmpty()) {
          throw new AssertionError("unused draws: " + queue);
        }
        return new SeededRun(done.value(), logWeight);
      } else if (step instanceof Step.Sampled sampled) {
        current = (Model<Value>) sampled.resumeWith(queue.removeFirst());
      } else {
        Step.Scored<Value> scored = (Step.Scored<Value>) step;
        logWeight += scored.logWeight();
        current = scored.resumeAfter();
      }
    }
  }

  /** The model run to its first draw. */
  @SuppressWarnings("unchecked")
  static Step.Sampled<Value, Value> firstDraw(Model<Value> model) {
    Model<Value> current = model;
    while (true) {
      Step<Value> step = current.resume();
      if (step instanceof Step.Sampled<?, Value> s) {
        return (Step.Sampled<Value, Value>) s;
      }
      if (step instanceof Step.Scored<Value> scored) {
        current = scored.resumeAfter();
      } else {
        throw new AssertionError("no draw in the model");
      }
    }
  }
}
