package org.ppl4j.runner.method;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.nuts.NutsTarget;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.DrawRoles;
import org.ppl4j.semantics.transform.GeneratedDraws;
import org.ppl4j.semantics.transform.InitialCoordinates;
import org.ppl4j.semantics.transform.LogJoint;
import org.ppl4j.semantics.transform.ProgramDensity;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.Value;

/**
 * A {@code .ppl} program as a {@link NutsTarget}: its log density over unconstrained
 * coordinates with the gradient by reverse-mode AD ({@link ProgramDensity}), its result's
 * numeric leaves as outputs; its discrete generated quantities drawn once per reported draw
 * (LANGUAGE.md §9.4). A run-time error of the program at a proposed point (a parameter
 * leaving its domain) rejects that point, as Stan does: it is passed on as an
 * {@link IllegalArgumentException} whose cause is the program's {@link PplException}.
 */
public final class ProgramTarget implements NutsTarget {
  private final Model<Value> model;
  private final String resultName;
  private final DrawRoles roles;
  private final ModelTarget target;
  /** Output i is the target's output order[i]: generated quantities after the parameters. */
  private final int[] order;
  private final List<String> outputNames;
  private final AtomicReference<ScoreSite> lastZero = new AtomicReference<>(ScoreSite.NONE);
  /** A result of the program, whose shape replayed results take ({@link #result}). */
  private volatile Value template;

  /** The target of {@code model}, whose result leaves are named from {@code resultName}. */
  public ProgramTarget(Model<Value> model, String resultName) {
    this(model, resultName, DrawRoles.NONE);
  }

  /**
   * The target of {@code model}, whose generated quantities ({@code roles}, LANGUAGE.md §9.4)
   * are drawn once per reported draw rather than being parameters where they are discrete.
   */
  public ProgramTarget(Model<Value> model, String resultName, DrawRoles roles) {
    this(model, resultName, roles, true);
  }

  /**
   * As {@link #ProgramTarget(Model, String, DrawRoles)}; with {@code compile} false the log
   * density is always interpreted (never compiled), as the reference the compiled one is
   * checked against.
   */
  public ProgramTarget(Model<Value> model, String resultName, DrawRoles roles, boolean compile) {
    this.model = model;
    this.resultName = resultName;
    this.roles = roles;
    this.target = ModelTarget.ofRunner(joint -> guarded(() -> {
      ProgramDensity.run(model, resultName, joint, lastZero::set);
      return joint;
    }), roles, compile);
    this.order = columnOrder(target.outputNames(),
        target.generatesQuantities() ? roles.generatedFields() : Set.of());
    this.outputNames = Arrays.stream(order).mapToObj(target.outputNames()::get)
        .toList();
  }

  /**
   * The outputs in the order CmdStan lists a Stan program's columns: the leaves of the returned
   * record's fields that depend on no generated quantity first, then the others, each group in
   * the result's order (the identity when {@code generated} is empty).
   */
  static int[] columnOrder(List<String> names, Set<String> generated) {
    IntStream first = IntStream.range(0, names.size())
        .filter(i -> !generated.contains(field(names.get(i))));
    IntStream last = IntStream.range(0, names.size())
        .filter(i -> generated.contains(field(names.get(i))));
    return IntStream.concat(first, last).toArray();
  }

  /** The returned record's field a leaf belongs to: {@code y_new[2]} and {@code y_new.a} to y_new. */
  private static String field(String leaf) {
    int end = leaf.length();
    for (int i = 0; i < leaf.length(); i++) {
      if (leaf.charAt(i) == '[' || leaf.charAt(i) == '.') {
        end = i;
        break;
      }
    }
    return leaf.substring(0, end);
  }

  private double[] ordered(double[] outputs) {
    double[] out = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = outputs[order[i]];
    }
    return out;
  }

  /** Which path evaluated the log density so far ({@link ModelTarget#densityPath()}). */
  public String densityPath() {
    return target.densityPath();
  }

  /**
   * The site of the last score of weight zero (log weight {@code -inf}) met at any point
   * evaluated so far; {@link ScoreSite#NONE} if none.
   */
  public ScoreSite lastZeroSite() {
    return lastZero.get();
  }

  /**
   * The program's result at unconstrained {@code position}, with plain numbers, its generated
   * quantities drawn with a generator seeded with {@code seed} (as
   * {@link #outputs(double[], long)} with the same seed).
   */
  public Value result(double[] position, long seed) {
    if (!target.generatesQuantities() && target.replays()) {
      // the compiled density replays the result's numbers; its shape is the same at every
      // point (a replayable run never branched on a parameter), so one interpreted result
      // serves as the template
      Value shape = template;
      if (shape == null) {
        shape = interpretedResult(position, seed);
        template = shape;
      }
      if (AdArith.isData(shape)) {
        return AdArith.withNumbers(shape, target.outputs(position));
      }
      // a result that carries more than data (a distribution, a record of observations):
      // only a run of the program makes it
    }
    return interpretedResult(position, seed);
  }

  /**
   * The unconstrained point of one run of the program that takes each draw's coordinates from
   * {@code source} (initial values, {@link LogJoint#initialising}).
   *
   * @throws IllegalArgumentException when the program fails there (its error the cause) or
   *     draws another number of coordinates than {@link #dimension()}
   */
  public double[] initialPoint(InitialCoordinates source) {
    LogJoint joint = LogJoint.initialising(source)
        .withGenerated(GeneratedDraws.placeholders(roles));
    guarded(() -> ProgramDensity.run(model, resultName, joint));
    List<AdReal> coordinates = joint.coordinates();
    if (coordinates.size() != dimension()) {
      throw new IllegalArgumentException("nuts: the model drew " + coordinates.size()
          + " continuous values from the initial values but " + dimension() + " on its first"
          + " run; which values a model draws must not depend on their values");
    }
    double[] x = new double[coordinates.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = coordinates.get(i).peek();
    }
    return x;
  }

  private Value interpretedResult(double[] position, long seed) {
    return guarded(() -> ProgramDensity.run(model, resultName,
        LogJoint.over(AdReal.constants(position))
            .withGenerated(GeneratedDraws.drawnWith(roles, Rng.seeded(seed)))));
  }

  @Override
  public int dimension() {
    return target.dimension();
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  @Override
  public double[] outputs(double[] position) {
    return ordered(guarded(() -> target.outputs(position)));
  }

  @Override
  public boolean generatesQuantities() {
    return target.generatesQuantities();
  }

  @Override
  public double[] outputs(double[] position, long seed) {
    return ordered(guarded(() -> target.outputs(position, seed)));
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
