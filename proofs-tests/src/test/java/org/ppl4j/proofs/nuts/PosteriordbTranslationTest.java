package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.ProgramTarget;
import org.ppl4j.semantics.random.Rng;

/**
 * Each {@code .ppl} translation of a posteriordb model, run through the compiler and the
 * automatic differentiation of the interpreter, computes the same unconstrained log density,
 * gradient and outputs as its Java twin in {@link PosteriordbJavaModels} (draws in the same
 * order, same priors), at 20 random points with coordinates uniform on (-2, 2): relative
 * agreement 1e-9 (only the order of floating-point additions differs). The Java twins of the
 * two largest posteriors are the ones run against the reference in
 * {@link PosteriordbReferenceTest}, so this equality carries their validation over to the
 * translations.
 */
class PosteriordbTranslationTest {
  private static final double TOLERANCE = 1e-9;

  static Stream<String> posteriors() {
    return PosteriordbReferenceTest.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("posteriors")
  void translationHasTheJavaModelsDensityAndGradient(String posterior) {
    InferenceProblem problem = PosteriordbPrograms.problem(posterior);
    ProgramTarget ppl = new ProgramTarget(problem.model(), problem.program().resultName());
    ModelTarget java = ModelTarget.of(PosteriordbJavaModels.model(posterior));
    assertEquals(java.dimension(), ppl.dimension(), posterior + ": dimension");
    for (String name : ReferenceSummary.load(posterior).parameters().keySet()) {
      assertTrue(java.outputNames().contains(name), posterior + ": Java model lacks " + name);
      assertTrue(ppl.outputNames().contains(name), posterior + ": translation lacks " + name);
    }
    Rng rng = Rng.seeded(1);
    int d = java.dimension();
    for (int trial = 0; trial < 20; trial++) {
      double[] q = new double[d];
      for (int i = 0; i < d; i++) {
        q[i] = 4 * rng.nextDouble() - 2;
      }
      double[] gJava = new double[d];
      double[] gPpl = new double[d];
      double lpJava = java.logDensity(q, gJava);
      double lpPpl = ppl.logDensity(q, gPpl);
      assertEquals(lpJava, lpPpl, TOLERANCE * Math.abs(lpJava), posterior + " log density");
      for (int i = 0; i < d; i++) {
        assertEquals(gJava[i], gPpl[i], TOLERANCE * Math.max(1, Math.abs(gJava[i])),
            posterior + " gradient " + i);
      }
      double[] oJava = java.outputs(q);
      double[] oPpl = ppl.outputs(q);
      for (String name : ReferenceSummary.load(posterior).parameters().keySet()) {
        double a = oJava[java.outputNames().indexOf(name)];
        double b = oPpl[ppl.outputNames().indexOf(name)];
        assertEquals(a, b, TOLERANCE * Math.max(1, Math.abs(a)), posterior + " " + name);
      }
    }
  }
}
