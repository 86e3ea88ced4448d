package org.ppl4j.inference.nuts;

import java.util.List;
import java.util.function.Function;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.CompiledDensity;
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
  private final CompiledPath compiled;

  private ModelTarget(Function<LogJoint, LogJoint> runner, DrawRoles roles, boolean compile) {
    this.runner = runner;
    this.roles = roles;
    this.compiled = new CompiledPath(compile);
    LogJoint first = runner.apply(
        LogJoint.discovering().withGenerated(GeneratedDraws.placeholders(roles)));
    this.dimension = first.used();
    this.outputNames = first.outputNames();
    this.generatesQuantities = first.generated().placeholders() > 0;
    if (dimension == 0) {
      throw new InferenceException("nuts: the model has no continuous values to sample");
    }
    compiled.record(dimension, this::recorded, this::interpreted,
        x -> run(AdReal.constants(x)).outputValues());
  }

  /** The target of {@code model}. */
  public static ModelTarget of(DifferentiableModel model) {
    return new ModelTarget(joint -> {
      model.run(joint);
      return joint;
    }, DrawRoles.NONE, true);
  }

  /**
   * The target of a model run by {@code runner}, which runs it against the given joint and
   * returns the joint (for interpreters that report outputs at the end).
   */
  public static ModelTarget ofRunner(Function<LogJoint, LogJoint> runner) {
    return new ModelTarget(runner, DrawRoles.NONE, true);
  }

  /**
   * As {@link #ofRunner(Function)}, for a model whose generated quantities ({@code roles}) are
   * not parameters: they take placeholders in the density and are drawn afresh for each
   * reported draw ({@link GeneratedDraws}).
   */
  public static ModelTarget ofRunner(Function<LogJoint, LogJoint> runner, DrawRoles roles) {
    return new ModelTarget(runner, roles, true);
  }

  /**
   * As {@link #ofRunner(Function, DrawRoles)}; with {@code compile} false the density is always
   * interpreted (no {@link CompiledDensity} is recorded), e.g. to measure or check the compiled
   * path against it.
   */
  public static ModelTarget ofRunner(Function<LogJoint, LogJoint> runner, DrawRoles roles,
      boolean compile) {
    return new ModelTarget(runner, roles, compile);
  }

  /** Whether the density (and the outputs) are replayed from a compiled density. */
  public boolean replays() {
    return compiled.replays();
  }

  /**
   * Which path evaluated the density: compiled (with its size) or interpreted (with the
   * reason), and how many evaluations each took so far.
   */
  public String densityPath() {
    return compiled.describe();
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  /**
   * The log density and its gradient: by the compiled density when there is one and it gives
   * a finite value, else by the interpreter. The compiled density is recorded here, in the
   * constructor, on one thread at fixed points ({@link CompiledPath#record}), so which path
   * answers a point never depends on the timing of the threads that ask: runs are reproducible.
   */
  @Override
  public double logDensity(double[] position, double[] gradient) {
    double replayed = compiled.logDensity(position, gradient);
    if (!Double.isNaN(replayed)) {
      return replayed;
    }
    return interpreted(position, gradient);
  }

  private double interpreted(double[] position, double[] gradient) {
    Tape tape = tapes.get();
    tape.reset();
    AdReal[] u = tape.variables(position);
    AdReal logDensity = run(u).logDensity();
    tape.backward(logDensity);
    for (int i = 0; i < dimension; i++) {
      gradient[i] = tape.adjoint(u[i]);
    }
    compiled.countInterpreted();
    return logDensity.peek();
  }

  /** One recorded run at {@code position}: the compiled density or why there is none. */
  private CompiledDensity.Outcome recorded(double[] position) {
    Tape tape = new Tape();
    tape.startRecording();
    AdReal[] u = tape.variables(position);
    LogJoint joint = run(u);
    AdReal logDensity = joint.logDensity();
    if (!Double.isFinite(logDensity.peek())) {
      return new CompiledDensity.Outcome.NotReplayable("the log density is not finite at "
          + "the recording point");
    }
    return tape.compile(u, logDensity, joint.outputNumbers());
  }

  /** The log density alone (no tape), e.g. for tests. */
  public double logDensity(double[] position) {
    return run(AdReal.constants(position)).logDensity().value();
  }

  /**
   * The reported quantities at {@code position}: replayed by the compiled density when there
   * is one (the program's generated quantities, drawn afresh, excepted), else by the
   * interpreter.
   */
  @Override
  public double[] outputs(double[] position) {
    if (!generatesQuantities) {
      double[] replayed = compiled.outputs(position);
      if (replayed != null) {
        return replayed;
      }
    }
    return run(AdReal.constants(position)).outputValues();
  }

  @Override
  public boolean generatesQuantities() {
    return generatesQuantities;
  }

  @Override
  public double[] outputs(double[] position, long seed) {
    if (!generatesQuantities) {
      return outputs(position); // nothing is drawn: the seed is not used
    }
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
