package org.ppl4j.semantics.transform;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.infer.InferenceException;

/**
 * The log joint density of one run of a model as a function of its continuous draws, on the
 * unconstrained scale: each {@code sample} takes its next unconstrained coordinates, maps them
 * into the distribution's support with its {@link Transform} and adds the log density there
 * plus the log Jacobian; each {@code observe} and {@code factor} adds its term. This is the
 * "Density" representation of DESIGN.md with Stan's change of variables, so that gradients
 * with respect to the coordinates come from one reverse sweep of the tape.
 *
 * <p>In <em>discovery</em> mode ({@link #discovering()}) missing coordinates are taken as 0
 * (the centre of each support) and appended, which reveals the model's dimension; an
 * <em>initialising</em> run ({@link #initialising}) appends the coordinates an
 * {@link InitialCoordinates} gives instead (a user's initial values, by the same transforms).
 * Mutable: one instance per run.
 */
public final class LogJoint {
  private final List<AdReal> coordinates;
  private final boolean discovery;
  private final InitialCoordinates source;
  private final Tape tape;
  private int next;
  private AdReal logDensity = AdReal.ZERO;
  private final List<String> outputNames = new ArrayList<>();
  private final List<AdReal> outputValues = new ArrayList<>();
  private GeneratedDraws generated = GeneratedDraws.placeholders(DrawRoles.NONE);
  private double likelihoodWeight = 1;

  private LogJoint(List<AdReal> coordinates, boolean discovery, InitialCoordinates source) {
    this.coordinates = coordinates;
    this.discovery = discovery;
    this.source = source;
    this.tape = coordinates.isEmpty() ? Tape.CONSTANTS : coordinates.get(0).tape();
  }

  /** The tape the coordinates live on ({@link Tape#CONSTANTS} when they are constants). */
  public Tape tape() {
    return tape;
  }

  /** A log joint over the given unconstrained coordinates. */
  public static LogJoint over(AdReal[] coordinates) {
    return new LogJoint(List.of(coordinates), false, InitialCoordinates.ZEROS);
  }

  /** A log joint that grows its coordinates (all 0) as the model draws. */
  public static LogJoint discovering() {
    return new LogJoint(new ArrayList<>(), true, InitialCoordinates.ZEROS);
  }

  /**
   * A log joint that grows its coordinates as the model draws, taking them from
   * {@code source}, which is told where each draw begins and ends ({@link #beginDraw}).
   */
  public static LogJoint initialising(InitialCoordinates source) {
    return new LogJoint(new ArrayList<>(), true, java.util.Objects.requireNonNull(source));
  }

  /** A program's draw at {@code site} from {@code distribution} begins (for initial values). */
  public void beginDraw(org.ppl4j.semantics.model.ScoreSite site, String distribution) {
    source.begin(site, distribution);
  }

  /** The draw begun last ended with {@code drawn} (for initial values). */
  public void endDraw(org.ppl4j.semantics.value.Value drawn) {
    source.end(drawn);
  }

  /**
   * Answers the program's generated-quantity draws with {@code generated} (LANGUAGE.md §9.4)
   * instead of refusing discrete ones; returns this joint.
   */
  public LogJoint withGenerated(GeneratedDraws generated) {
    this.generated = java.util.Objects.requireNonNull(generated, "generated");
    return this;
  }

  /**
   * Multiplies every later {@code observe} and {@code factor} term by {@code beta}, so that the
   * joint is {@code prior * likelihood^beta} (the tempered path of SMC samplers); at 0 the terms
   * are left out, even where they are {@code -inf}. Returns this joint.
   *
   * @param beta the inverse temperature, in [0, 1]
   */
  public LogJoint withLikelihoodWeight(double beta) {
    if (!(beta >= 0 && beta <= 1)) {
      throw new IllegalArgumentException("the likelihood weight must be in [0, 1], got " + beta);
    }
    this.likelihoodWeight = beta;
    return this;
  }

  /** How this run answers generated-quantity draws (by default: no site is one). */
  public GeneratedDraws generated() {
    return generated;
  }

  /** A scalar draw from {@code d} named {@code name} (reported under that name). */
  public AdReal sample(String name, AdDistribution d) {
    AdReal x = draw(d)[0];
    output(name, x);
    return x;
  }

  /** A draw that is not reported (e.g. a program's intermediate choice). */
  public AdReal[] sampleUnnamed(AdDistribution d) {
    return draw(d);
  }

  /** A vector draw ({@code dirichlet}, {@code mv_normal}), reported as {@code name[i]}. */
  public AdReal[] sampleVector(String name, AdDistribution d) {
    AdReal[] x = draw(d);
    for (int i = 0; i < x.length; i++) {
      output(name + "[" + i + "]", x[i]);
    }
    return x;
  }

  /** Adds the log density of {@code d} at the observed {@code x}. */
  public void observe(AdDistribution d, double x) {
    observe(d, AdReal.constant(x));
  }

  /** Adds the log density of {@code d} at {@code x}, which may depend on parameters. */
  public void observe(AdDistribution d, AdReal x) {
    logDensity = logDensity.plus(weighted(d.logDensity(x)));
  }

  /** Adds {@code logWeight} to the log density. */
  public void factor(AdReal logWeight) {
    logDensity = logDensity.plus(weighted(logWeight));
  }

  private AdReal weighted(AdReal term) {
    if (likelihoodWeight == 1) {
      return term;
    }
    return likelihoodWeight == 0 ? AdReal.ZERO : term.times(likelihoodWeight);
  }

  /** Reports {@code value} under {@code name} (a derived quantity, like Stan's). */
  public void output(String name, AdReal value) {
    outputNames.add(name);
    outputValues.add(value);
  }

  /** The log density accumulated so far (unconstrained scale: Jacobians included). */
  public AdReal logDensity() {
    return logDensity;
  }

  /** The number of unconstrained coordinates used so far. */
  public int used() {
    return next;
  }

  /** The unconstrained coordinates (in discovery mode: those appended). */
  public List<AdReal> coordinates() {
    return List.copyOf(coordinates);
  }

  /** The names of the reported quantities, in the order reported. */
  public List<String> outputNames() {
    return List.copyOf(outputNames);
  }

  /** The reported quantities' values. */
  public double[] outputValues() {
    double[] out = new double[outputValues.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = outputValues.get(i).peek();
    }
    return out;
  }

  /** The reported quantities as numbers of the tape (constants where they have no derivative). */
  public AdReal[] outputNumbers() {
    return outputValues.toArray(new AdReal[0]);
  }

  /**
   * A draw through {@code t} whose log density at the constrained point is
   * {@code logDensityAt} (an array-valued or truncated language distribution, see
   * {@link ArrayDraws}): takes the next coordinates and adds the density plus the log Jacobian.
   */
  public AdReal[] sampleWith(Transform t,
      java.util.function.Function<AdReal[], AdReal> logDensityAt) {
    int k = t.unconstrainedDimension();
    if (next + k > coordinates.size()) {
      if (!discovery) {
        throw new InferenceException("nuts: the model drew more continuous values than the "
            + coordinates.size() + " it drew on its first run; which values a model draws must"
            + " not depend on their values (use --method smc or mh)");
      }
      double[] u = source.next(t);
      for (int i = 0; i < k; i++) {
        coordinates.add(u[i] == 0 ? AdReal.ZERO : AdReal.constant(u[i]));
      }
    }
    AdReal[] u = coordinates.subList(next, next + k).toArray(new AdReal[0]);
    next += k;
    Transform.Constrained c = t.constrain(u);
    logDensity = logDensity.plus(logDensityAt.apply(c.value())).plus(c.logJacobian());
    return c.value();
  }

  private AdReal[] draw(AdDistribution d) {
    if (d.family().isDiscrete()) {
      throw new InferenceException("nuts: the model draws from '"
          + d.family().languageName() + "', a discrete distribution; gradient-based inference"
          + " needs continuous draws only (use --method smc, mh or enumerate)");
    }
    return sampleWith(Transform.of(d), d::logDensity);
  }
}
