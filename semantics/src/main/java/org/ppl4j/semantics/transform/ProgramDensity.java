package org.ppl4j.semantics.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.posterior.Leaf;
import org.ppl4j.semantics.posterior.Leaves;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * The log density of a {@code .ppl} program's trace as a function of its continuous draws:
 * interprets the program's {@link Model} through {@link Model#resume()}, answering each draw
 * from a {@link LogJoint} (so the draw is an {@link AdRealValue} carrying its derivative
 * through the rest of the program) and adding each score; a score whose log weight carried a
 * derivative is read back from the tape, where the program recorded it
 * ({@link AdArith#score(Value)}). The returned value's numeric leaves are reported as outputs,
 * named as in LANGUAGE.md §8.
 */
public final class ProgramDensity {
  private ProgramDensity() {}

  /**
   * Runs {@code model} once against {@code joint} and returns its result with plain numbers.
   *
   * @param resultName the root name of a non-record result ({@code Program.resultName()})
   * @throws org.ppl4j.semantics.infer.InferenceException when the model draws from a discrete
   *     distribution or
   *     from a distribution that is not a language distribution
   */
  public static Value run(Model<Value> model, String resultName, LogJoint joint) {
    return run(model, resultName, joint, site -> { });
  }

  /**
   * As {@link #run(Model, String, LogJoint)}, telling {@code onZero} the site of each score of
   * log weight {@code -inf} (a condition that fails, an observation outside the support), so
   * that a sampler that finds no point of positive density can say where the density vanished.
   */
  public static Value run(Model<Value> model, String resultName, LogJoint joint,
      Consumer<ScoreSite> onZero) {
    return new Differentiating(resultName, joint, onZero).run(model);
  }

  /** Answers each draw from {@code joint} and adds each score to it. */
  private static final class Differentiating extends Handler<Value, Value> {
    private final String resultName;
    private final LogJoint joint;
    private final Consumer<ScoreSite> onZero;

    Differentiating(String resultName, LogJoint joint, Consumer<ScoreSite> onZero) {
      this.resultName = resultName;
      this.joint = joint;
      this.onZero = onZero;
    }

    @Override
    protected Value onDone(Value value) {
      Value result = AdArith.plain(value);
      List<Leaf> leaves = Leaves.flatten(resultName, result);
      List<AdReal> numbers = AdArith.numericLeaves(value);
      if (numbers.size() != leaves.size()) {
        throw new AssertionError(leaves.size() + " leaves but " + numbers.size() + " numbers");
      }
      for (int i = 0; i < leaves.size(); i++) {
        // the leaf's tape number where it has one, so that a compiled density replays it
        joint.output(leaves.get(i).name(), numbers.get(i));
      }
      return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <X> Model<Value> onSample(Step.Sampled<X, Value> sampled) {
      Value x = draw(sampled, joint);
      return ((Step.Sampled<Value, Value>) (Step.Sampled<?, Value>) sampled).resumeWith(x);
    }

    @Override
    protected Model<Value> onScore(Step.Scored<Value> scored) {
      double logWeight = scored.logWeight();
      if (logWeight == Double.NEGATIVE_INFINITY) {
        onZero.accept(scored.site());
      }
      AdReal term = joint.tape().takeScore().orElse(AdReal.constant(logWeight));
      if (Double.compare(term.peek(), logWeight) != 0) {
        throw new AssertionError("score " + logWeight + " read back as " + term.peek());
      }
      joint.factor(term);
      return scored.resumeAfter();
    }
  }

  private static Value draw(Step.Sampled<?, Value> sampled, LogJoint joint) {
    Distribution<?> d = sampled.distribution();
    if (!(d instanceof ValueDistribution vd)) {
      throw new InferenceException("nuts: gradient-based inference needs the program's draws"
          + " to come from language distributions; got '" + d.name() + "'", sampled.site());
    }
    GeneratedDraws generated = joint.generated();
    if (generated.takes(vd, sampled.site())) {
      return generated.draw(vd, sampled);
    }
    if (vd.kind().isDiscrete()) {
      throw notGenerated(vd, sampled.site(), generated.roles());
    }
    joint.beginDraw(sampled.site(), vd.kind().languageName());
    Value x = continuous(vd, sampled, joint);
    joint.endDraw(x);
    return x;
  }

  private static Value continuous(ValueDistribution vd, Step.Sampled<?, Value> sampled,
      LogJoint joint) {
    if (!(vd instanceof org.ppl4j.semantics.value.FamilyDistribution f) || f.isVectorised()) {
      try {
        return ArrayDraws.draw(vd, joint);
      } catch (InferenceException e) {
        throw e.site() == ScoreSite.NONE ? new InferenceException(e.getMessage(), sampled.site())
            : e;
      }
    }
    AdDistribution ad = AdArith.toAd(vd);
    AdReal[] x;
    try {
      x = joint.sampleUnnamed(ad);
    } catch (InferenceException e) {
      throw e.site() == ScoreSite.NONE ? new InferenceException(e.getMessage(), sampled.site()) : e;
    }
    if (vd.kind().valueType() == org.ppl4j.semantics.dist.ValueType.REAL_ARRAY) {
      List<Value> elements = new ArrayList<>(x.length);
      for (AdReal xi : x) {
        elements.add(AdArith.of(xi));
      }
      return new ArrayValue(elements);
    }
    return AdArith.of(x[0]);
  }

  /**
   * The error for a discrete draw that is not a generated quantity: which draw, why (the later
   * score that depends on it, when known), and what to do.
   */
  private static InferenceException notGenerated(ValueDistribution d, ScoreSite site,
      DrawRoles roles) {
    String why = roles.whyNotGenerated(site);
    return new InferenceException("nuts: the draw from '" + d.kind().languageName()
        + "' here is discrete"
        + (why.isEmpty() ? "" : " and is not a generated quantity: " + why)
        + "; gradient-based inference takes discrete draws only where no later observe,"
        + " factor or condition depends on them (move the draw after the statements that use"
        + " it, or use --method smc, mh or enumerate)", site);
  }
}
