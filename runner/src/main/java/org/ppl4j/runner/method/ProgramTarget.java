package org.ppl4j.runner.method;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.nuts.NutsTarget;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.transform.LogJoint;
import org.ppl4j.semantics.transform.ProgramDensity;
import org.ppl4j.semantics.value.Value;

/**
 * A {@code .ppl} program as a {@link NutsTarget}: its log density over unconstrained
 * coordinates with the gradient by reverse-mode AD ({@link ProgramDensity}), its result's
 * numeric leaves as outputs. A run-time error of the program at a proposed point (a parameter
 * leaving its domain) rejects that point, as Stan does: it is passed on as an
 * {@link IllegalArgumentException} whose cause is the program's {@link PplException}.
 */
public final class ProgramTarget implements NutsTarget {
  private final Model<Value> model;
  private final String resultName;
  private final ModelTarget target;
  private final AtomicReference<ScoreSite> lastZero = new AtomicReference<>(ScoreSite.NONE);

  /** The target of {@code model}, whose result leaves are named from {@code resultName}. */
  public ProgramTarget(Model<Value> model, String resultName) {
    this.model = model;
    this.resultName = resultName;
    this.target = ModelTarget.ofRunner(joint -> guarded(() -> {
      ProgramDensity.run(model, resultName, joint, lastZero::set);
      return joint;
    }));
  }

  /**
   * The site of the last score of weight zero (log weight {@code -inf}) met at any point
   * evaluated so far; {@link ScoreSite#NONE} if none.
   */
  public ScoreSite lastZeroSite() {
    return lastZero.get();
  }

  /** The program's result at unconstrained {@code position}, with plain numbers. */
  public Value result(double[] position) {
    return guarded(() -> ProgramDensity.run(model, resultName,
        LogJoint.over(AdReal.constants(position))));
  }

  @Override
  public int dimension() {
    return target.dimension();
  }

  @Override
  public List<String> outputNames() {
    return target.outputNames();
  }

  @Override
  public double[] outputs(double[] position) {
    return guarded(() -> target.outputs(position));
  }

  @Override
  public double logDensity(double[] position, double[] gradient) {
    return guarded(() -> target.logDensity(position, gradient));
  }

  private static <T> T guarded(Supplier<T> f) {
    try {
      return f.get();
    } catch (PplException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
