package org.ppl4j.runner.predict;

import org.ppl4j.compiler.ObservedSite;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.PersistentList;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.model.Unit;
import org.ppl4j.semantics.value.Value;

/**
 * A model transformer: the same program, its result carrying the observations its run made
 * ({@link ObservationLog}). Every draw and score is passed on unchanged and in order (same
 * distributions, same sites, same log weights), so the measure over the program's own result,
 * every method's behaviour and its random stream are those of the untransformed model; only
 * the returned value gains the log. Written, like monad-bayes' transformers, as a fold over
 * the model's steps; suspended continuations stay immutable (the log is a persistent list), so
 * SMC may copy a particle mid-run.
 */
public final class ObservationRecorder {
  private ObservationRecorder() {}

  /**
   * {@code model}, recording the {@link ObservedSite}s of its scores.
   *
   * @param resultName the name of a non-record result's leaves, kept by the carrying record
   */
  public static Model<Value> record(Model<Value> model, String resultName) {
    return from(model, PersistentList.empty(), resultName);
  }

  private static Model<Value> from(Model<Value> model, PersistentList<ObservedSite> log,
      String resultName) {
    return Model.pure(Unit.UNIT).flatMap(u -> step(model.resume(), log, resultName));
  }

  private static Model<Value> step(Step<Value> step, PersistentList<ObservedSite> log,
      String resultName) {
    if (step instanceof Step.Sampled<?, Value> sampled) {
      return sampleStep(sampled, log, resultName);
    } else if (step instanceof Step.Scored<Value> scored) {
      PersistentList<ObservedSite> next = scored.site() instanceof ObservedSite o
          ? log.prepend(o) : log;
      return Model.score(scored.logWeight(), scored.site())
          .flatMap(u -> from(scored.resumeAfter(), next, resultName));
    }
    Value result = ((Step.Done<Value>) step).value();
    return Model.pure(ObservationLog.attach(result, resultName, log.toList()));
  }

  private static <X> Model<Value> sampleStep(Step.Sampled<X, Value> sampled,
      PersistentList<ObservedSite> log, String resultName) {
    return Model.sample(sampled.distribution(), sampled.site())
        .flatMap(x -> from(sampled.resumeWith(x), log, resultName));
  }
}
