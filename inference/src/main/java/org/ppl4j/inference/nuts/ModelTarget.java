package org.ppl4j.inference.nuts;

import java.util.List;
import java.util.function.Function;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.DifferentiableModel;
import org.ppl4j.semantics.transform.DrawRoles;
import org.ppl4j.semantics.transform.GeneratedDraws;
import org.ppl4j.semantics.transform.LogJoint;

/**
 * A {@link NutsTarget} made from a {@link DifferentiableModel}: the unconstrained log joint with
 * its gradient by one forward run on a tape and one reverse sweep (cost: a small constant
 * times one model run, independent of the dimension). The dimension and output names come
 * from a first run in discovery mode. Each thread keeps its own tape. Generated quantities
 * ({@link DrawRoles}, LANGUAGE.md §9.4) that are not parameters take placeholders while the
 * density is evaluated and are drawn afresh by {@link #outputs(double[], long)}.
 */
public final class ModelTarget implements NutsTarget {
  private final Function<LogJoint, LogJoint> runner;
  private final int dimension;
  private final List<String> outputNames;
  private final DrawRoles roles;
  private final boolean generatesQuantities;
  private final ThreadLocal<Tape> tapes = ThreadLocal.withInitial(Tape::new);

  private ModelTarget(Function<LogJoint, LogJoint> runner, DrawRoles roles) {
    this.runner = runner;
    this.roles = roles;
    LogJoint first = runner.apply(
        LogJoint.discovering().withGenerated(GeneratedDraws.placeholders(roles)));
    this.dimension = first.used();
    this.outputNames = first.outputNames();
    this.generatesQuantities = first.generated().placeholders() > 0;
    if (dimension == 0) {
      throw new InferenceException("nuts: the model has no continuous values to sample");
    }
  }

  /** The target of {@code model}. */
  public static ModelTarget of(DifferentiableModel model) {
    return new ModelTarget(joint -> {
      model.run(joint);
      return joint;
    }, DrawRoles.NONE);
  }

  /**
   * The target of a model run by {@code runner}, which runs it against the given joint and
   * returns the joint (for interpreters that report outputs at the end).
   */
  public static ModelTarget ofRunner(Function<LogJoint, LogJoint> runner) {
    return new ModelTarget(runner, DrawRoles.NONE);
  }

  /**
   * As {@link #ofRunner(Function)}, for a model whose generated quantities ({@code roles}) are
   * not parameters: they take placeholders in the density and are drawn afresh for each
   * reported draw ({@link GeneratedDraws}).
   */
  public static ModelTarget ofRunner(Function<LogJoint, LogJoint> runner, DrawRoles roles) {
    return new ModelTarget(runner, roles);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  @Override
  public double logDensity(double[] position, double[] gradient) {
    Tape tape = tapes.get();
    tape.reset();
    AdReal[] u = tape.variables(position);
    LogJoint joint = run(u);
    AdReal logDensity = joint.logDensity();
    tape.backward(logDensity);
    for (int i = 0; i < dimension; i++) {
      gradient[i] = tape.adjoint(u[i]);
    }
    return logDensity.value();
  }

  /** The log density alone (no tape), e.g. for tests. */
  public double logDensity(double[] position) {
    return run(AdReal.constants(position)).logDensity().value();
  }

  @Override
  public double[] outputs(double[] position) {
    return run(AdReal.constants(position)).outputValues();
  }

  @Override
  public boolean generatesQuantities() {
    return generatesQuantities;
  }

  @Override
  public double[] outputs(double[] position, long seed) {
    return run(AdReal.constants(position),
        GeneratedDraws.drawnWith(roles, Rng.seeded(seed))).outputValues();
  }

  private LogJoint run(AdReal[] u) {
    return run(u, GeneratedDraws.placeholders(roles));
  }

  private LogJoint run(AdReal[] u, GeneratedDraws generated) {
    LogJoint joint = runner.apply(LogJoint.over(u).withGenerated(generated));
    if (joint.used() != dimension) {
      throw new InferenceException("nuts: the model drew " + joint.used()
          + " continuous values instead of the " + dimension + " of its first run; which"
          + " values a model draws must not depend on their values (use --method smc or mh)");
    }
    return joint;
  }
}
