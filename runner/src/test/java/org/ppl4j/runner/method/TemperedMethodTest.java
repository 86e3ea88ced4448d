package org.ppl4j.runner.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.tempered.MoveKind;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method tempered} and {@code --method mh --proposal} through the method adapters, on a
 * {@code .ppl} normal mean (mu ~ N(0, 1), five observations ~ N(mu, 1)) with a closed form:
 * one run each (seed 11), tolerances 4.5 posterior sd over sqrt(100) for the mean (an effective
 * sample size of 100 at least) and 0.3 for the log evidence. The statistical proofs are in
 * {@code proofs-tests}; this checks the wiring (options read, evidence reported, draws kept).
 */
class TemperedMethodTest {
  static final double[] YS = {0.8, 1.9, 1.2, 0.3, 1.6};

  static InferenceProblem problem() {
    String text = "data ys : Real[]\nmu ~ normal(0, 1)\nfor i in 0..length(ys) {\n"
        + "  observe ys[i] ~ normal(mu, 1)\n}\nreturn mu\n";
    List<Value> ys = new ArrayList<>();
    for (double y : YS) {
      ys.add(new RealValue(y));
    }
    return new InferenceProblem(PplCompiler.compile("normal.ppl", text),
        Map.of("ys", new ArrayValue(ys)));
  }

  /** Posterior N(sum / (n + 1), 1 / (n + 1)); evidence N(ys; 0, I + 11'). */
  static double[] exact() {
    int n = YS.length;
    double sum = 0;
    double sumSquares = 0;
    for (double y : YS) {
      sum += y;
      sumSquares += y * y;
    }
    double logEvidence = -0.5 * n * Math.log(2 * Math.PI) - 0.5 * Math.log(n + 1)
        - 0.5 * (sumSquares - sum * sum / (n + 1));
    return new double[] {sum / (n + 1), Math.sqrt(1.0 / (n + 1)), logEvidence};
  }

  static MethodOptions options(OptionalInt particles, Optional<Proposal> proposal) {
    MethodOptions none = MethodOptions.none();
    return new MethodOptions(particles, none.resampler(), none.essThreshold(), none.samples(),
        none.warmup(), none.chains(), none.mcmcSteps(), none.net(), proposal,
        org.ppl4j.runner.method.HmcOptions.none());
  }

  @Test
  void temperedGivesThePosteriorAndTheEvidence() {
    Posterior<Value> p = new TemperedMethod().run(problem(),
        options(OptionalInt.of(2000), Optional.empty()), Rng.seeded(11), Progress.silent());
    double[] exact = exact();
    double mean = p.mean("value");
    assertTrue(Math.abs(mean - exact[0]) <= 4.5 * exact[1] / 10, "mean " + mean);
    double logZ = p.logEvidence().orElseThrow();
    assertTrue(Math.abs(logZ - exact[2]) <= 0.3, "log evidence " + logZ + " vs " + exact[2]);
    assertEquals(2000, p.draws().size());
  }

  @Test
  void temperedMovesByTheGradientOfTheProgram() {
    for (MoveKind kind : new MoveKind[] {MoveKind.MALA, MoveKind.HMC, MoveKind.AUTO}) {
      MethodOptions options = options(OptionalInt.of(2000), Optional.empty())
          .withMove(Optional.of(kind));
      Posterior<Value> p = new TemperedMethod().run(problem(), options, Rng.seeded(11),
          Progress.silent());
      double[] exact = exact();
      double mean = p.mean("value");
      assertTrue(Math.abs(mean - exact[0]) <= 4.5 * exact[1] / 10, kind + ": mean " + mean);
      double logZ = p.logEvidence().orElseThrow();
      assertTrue(Math.abs(logZ - exact[2]) <= 0.3, kind + ": log evidence " + logZ);
      // gradient moves are adapted toward their own acceptance (0.574, 0.651), far above the
      // random walk's on this model: the gradient was used
      double rate = p.diagnostics().acceptanceRate().orElseThrow();
      assertEquals(kind.targetAcceptance(), rate, 0.15, kind + ": acceptance " + rate);
    }
    assertTrue(new TemperedMethod().reads().contains(MethodOption.MOVE));
  }

  @Test
  void mhReadsTheProposal() {
    for (Proposal proposal : Proposal.values()) {
      Posterior<Value> p = new MhMethod().run(problem(),
          options(OptionalInt.empty(), Optional.of(proposal)), Rng.seeded(11), Progress.silent());
      double[] exact = exact();
      double mean = p.mean("value");
      assertTrue(Math.abs(mean - exact[0]) <= 4.5 * exact[1] / 10, proposal + ": mean " + mean);
    }
    assertTrue(new MhMethod().reads().contains(MethodOption.PROPOSAL));
  }

  @Test
  void anEssThresholdOfOneIsRefusedWithAMessage() {
    MethodOptions none = MethodOptions.none();
    MethodOptions one = new MethodOptions(none.particles(), none.resampler(),
        java.util.OptionalDouble.of(1.0), none.samples(), none.warmup(), none.chains(),
        none.mcmcSteps(), none.net());
    Exception e = assertThrows(RuntimeException.class, () -> new TemperedMethod().run(problem(),
        one, Rng.seeded(1), Progress.silent()));
    assertTrue(e.getMessage().contains("--ess-threshold"), e.getMessage());
  }
}
