package org.ppl4j.runner.method;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method auto}, the default (issue 15): picks the method from the model's shape, as a
 * dynamic probe sees it ({@link ModelProbe}: {@value #PROBE_RUNS} runs of the prior from a fixed
 * seed of its own, so that the choice depends on the program and its data only), in this order:
 * <ol>
 *   <li>{@code enumerate}, exact, when every choice has finite support and the program has at
 *       most {@value #MAX_PATHS} execution paths, counted first ({@link PathCount}; 10,000 paths
 *       of the tug-of-war example take about 0.2 s to count and as much to enumerate);</li>
 *   <li>{@code nuts} when every choice is continuous and the model is static (the same choices
 *       at the same places in every run) and NUTS accepts it; should NUTS still give up (no
 *       point of positive density), {@code tempered} runs instead;</li>
 *   <li>{@code smc} when nothing is observed (SMC is then forward sampling), or when observes
 *       interleave with choices and no continuous parameter comes before the first observe (a
 *       sequential model, e.g. a hidden Markov model: SMC's particles follow the states);</li>
 *   <li>{@code tempered} SMC for every other model: discrete and continuous choices, unbounded
 *       discrete ones, too many paths, a varying structure, or continuous parameters drawn
 *       before interleaved observes (which SMC would draw once and never move).</li>
 * </ol>
 * The chosen method reads the options it uses; {@link #choose} says why in one line.
 */
public final class AutoMethod implements InferenceMethod {
  /** The most execution paths auto enumerates. */
  public static final long MAX_PATHS = 50_000;
  /** The prior runs of the probe. */
  public static final int PROBE_RUNS = 10;
  /** The probe's own seed. */
  private static final long PROBE_SEED = 0x5eed_a070L;

  private final EnumerateMethod enumerate = new EnumerateMethod();
  private final NutsMethod nuts = new NutsMethod();
  private final SmcMethod smc = new SmcMethod();
  private final TemperedMethod tempered = new TemperedMethod();

  @Override
  public String name() {
    return "auto";
  }

  @Override
  public String description() {
    return "the default: enumerate, nuts, smc or tempered by the model";
  }

  /** What the methods auto may choose read. */
  @Override
  public Set<MethodOption> reads() {
    Set<MethodOption> all = EnumSet.noneOf(MethodOption.class);
    all.addAll(enumerate.reads());
    all.addAll(nuts.reads());
    all.addAll(smc.reads());
    all.addAll(tempered.reads());
    return all;
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    return choose(problem).run(problem, options, rng.nextLong(), progress,
        java.util.Optional.empty()).posterior();
  }

  /** The method for {@code problem}, with the reason in one line. */
  public MethodChoice choose(InferenceProblem problem) {
    Model<Value> model = problem.model();
    ModelShape shape = ModelProbe.of(model, PROBE_RUNS, Rng.seeded(PROBE_SEED));
    String tooMany = "";
    if (shape.onlyFinite()) {
      OptionalLong paths;
      try {
        paths = PathCount.upTo(model, MAX_PATHS);
      } catch (RuntimeException e) { // a path the probe did not see fails: so would enumerate
        paths = OptionalLong.empty();
      }
      if (paths.isPresent()) {
        long n = paths.getAsLong();
        String count = n + (n == 1 ? " execution path" : " execution paths");
        return MethodChoice.chosen(enumerate, shape.choices() == 0
            ? "the program makes no random choice: " + count
            : "every choice is discrete and finite: " + shape.choicesInWords() + ", " + count);
      }
      tooMany = "every choice is discrete and finite, but enumeration would not end within "
          + MAX_PATHS + " execution paths";
    }
    String continuousButNot = "";
    if (shape.onlyContinuous() && shape.fixedStructure()) {
      try {
        int dimension = NutsMethod.target(problem).dimension();
        String because = "every choice is continuous and the model is static: " + dimension
            + (dimension == 1 ? " real parameter" : " real parameters");
        return MethodChoice.chosen(nuts, because).orElse(MethodChoice.chosen(tempered, because));
      } catch (RuntimeException e) {
        continuousButNot = "every choice is continuous, but nuts cannot run the program ("
            + e.getMessage() + ")";
      }
    } else if (shape.onlyContinuous()) {
      continuousButNot = "every choice is continuous, but the number or the places of the"
          + " choices vary between runs";
    }
    if (!shape.observes()) {
      return MethodChoice.chosen(smc, "nothing is observed (no observe, factor or condition"
          + " ran), so smc draws from the prior");
    }
    if (shape.interleaved() && !shape.continuousBeforeData()) {
      return MethodChoice.chosen(smc, "observes interleave with the choices, and no continuous"
          + " parameter comes before them: a sequential model, " + shape.choicesInWords());
    }
    String fact = !tooMany.isEmpty() ? tooMany
        : !continuousButNot.isEmpty() ? continuousButNot
        : shape.countable() > 0 && shape.continuous() == 0
            ? "a discrete choice has unbounded support (" + shape.countableFamily().orElse("?")
                + "): " + shape.choicesInWords()
            : "the choices are discrete and continuous: " + shape.choicesInWords();
    String notSmc = shape.interleaved()
        ? "; continuous parameters come before the observes, which smc would never move" : "";
    return MethodChoice.chosen(tempered, fact + notSmc);
  }
}
