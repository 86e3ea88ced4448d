package org.ppl4j.runner.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;

/**
 * A dynamic probe of a program (issue 15, {@code --method auto}): it runs the prior a few times
 * from a generator of its own and records, at each choice, the kind of its distribution
 * (finite, unbounded discrete, continuous) and where it is, and, at each score, that an
 * observation has happened. A run stops at a score of weight zero, as inference does (it then
 * runs no further statement); a run the program aborts with an error counts with the choices it
 * made before. The probe draws only from its own generator, so it depends on the program and
 * its data only, never on the run's seed. Cost: {@code runs} prior runs.
 */
public final class ModelProbe {
  private ModelProbe() {}

  /** The kind of a choice's distribution. */
  enum Kind { FINITE, COUNTABLE, CONTINUOUS }

  /** A choice as the probe sees it: where it is, its kind and its family. */
  private record Choice(ScoreSite site, Kind kind, String family) {
    boolean samePlace(Choice other) {
      return kind == other.kind && family.equals(other.family)
          && (site == ScoreSite.NONE || site.equals(other.site));
    }
  }

  /**
   * The shape of {@code model}, from {@code runs} runs of its prior.
   *
   * @param runs &gt;= 1
   * @param rng the probe's own generator
   * @throws RuntimeException the program's error, when every run failed before its first choice
   */
  public static ModelShape of(Model<?> model, int runs, Rng rng) {
    if (runs < 1) {
      throw new IllegalArgumentException("ModelProbe: runs must be >= 1, got " + runs);
    }
    int finite = 0;
    int countable = 0;
    int continuous = 0;
    Optional<String> countableFamily = Optional.empty();
    boolean observes = false;
    boolean interleaved = false;
    boolean continuousBeforeData = false;
    boolean fixed = true;
    List<Choice> reference = null;
    RuntimeException firstError = null;
    boolean anyInformation = false;
    for (int r = 0; r < runs; r++) {
      Run<?> run = new Run<>(rng.split());
      try {
        runModel(run, model);
      } catch (RuntimeException e) {
        run.failed = true;
        if (firstError == null) {
          firstError = e;
        }
      }
      anyInformation |= !run.failed || !run.choices.isEmpty();
      finite = Math.max(finite, run.count(Kind.FINITE));
      countable = Math.max(countable, run.count(Kind.COUNTABLE));
      continuous = Math.max(continuous, run.count(Kind.CONTINUOUS));
      if (countableFamily.isEmpty()) {
        countableFamily = run.choices.stream().filter(c -> c.kind() == Kind.COUNTABLE)
            .map(Choice::family).findFirst();
      }
      observes |= run.observed;
      interleaved |= run.interleaved;
      continuousBeforeData |= run.continuousBeforeData;
      if (!run.failed && !run.stoppedAtZero) {
        if (reference == null) {
          reference = run.choices;
        } else {
          fixed &= samePlaces(reference, run.choices);
        }
      }
    }
    if (!anyInformation) {
      throw firstError;
    }
    return new ModelShape(runs, finite, countable, continuous, countableFamily, fixed,
        observes, interleaved, continuousBeforeData);
  }

  @SuppressWarnings("unchecked")
  private static <A> void runModel(Run<A> run, Model<?> model) {
    run.run((Model<A>) model);
  }

  private static boolean samePlaces(List<Choice> a, List<Choice> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).samePlace(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The kind of {@code d}'s draws. */
  static Kind kind(Distribution<?> d) {
    if (d.finiteSupport().isPresent()) {
      return Kind.FINITE;
    }
    return d.support().isDiscrete() ? Kind.COUNTABLE : Kind.CONTINUOUS;
  }

  /** One prior run, recording its choices and whether an observation preceded one. */
  private static final class Run<A> extends Handler<A, Boolean> {
    private final Rng rng;
    final List<Choice> choices = new ArrayList<>();
    boolean observed;
    boolean interleaved;
    boolean continuousBeforeData;
    boolean stoppedAtZero;
    boolean failed;

    Run(Rng rng) {
      this.rng = rng;
    }

    int count(Kind kind) {
      return (int) choices.stream().filter(c -> c.kind() == kind).count();
    }

    @Override
    protected Boolean onDone(A value) {
      return true;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      Kind kind = kind(sampled.distribution());
      choices.add(new Choice(sampled.site(), kind, sampled.distribution().name()));
      interleaved |= observed;
      continuousBeforeData |= !observed && kind == Kind.CONTINUOUS;
      return sampled.resumeWithDraw(rng);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      observed = true;
      if (scored.logWeight() == Double.NEGATIVE_INFINITY) {
        stoppedAtZero = true;
        return stop(false);
      }
      return scored.resumeAfter();
    }
  }
}
