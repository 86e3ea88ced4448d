package org.ppl4j.semantics.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Family;

/**
 * {@link CompiledDensity} with its passes ({@link AffineFusion}, {@link TermMerging}): a run
 * recorded on a {@link Tape} and replayed at other points gives what a fresh run on a tape
 * gives there (value and gradient, 1e-12 relative), with fewer operations than recorded; a
 * recording that read a parameter's value, or made a node without a rule, is refused with the
 * reason; a rejected argument throws from the replay.
 */
class CompiledDensityTest {

  /** A function of three parameters with affine trees, a product, a scalar loop's terms. */
  private static AdReal f(AdReal[] u) {
    AdReal mu = u[0].times(2.0).plus(3.0).minus(u[1]).plus(AdMath.dot(u, new double[] {1, -1, 0.5}));
    AdReal sigma = AdMath.exp(u[2]);
    AdReal total = AdReal.ZERO;
    double[] ys = {0.3, -1.2, 2.5, 0.9};
    for (double y : ys) {
      AdReal mean = mu.plus(u[1].times(y));
      total = total.plus(FamilyTerms.sum(Family.NORMAL,
          new AdReal[][] {{mean, sigma, AdReal.constant(y)}}));
    }
    return total.plus(u[0].times(u[1])).plus(u[2]);
  }

  private static double evaluate(Function<AdReal[], AdReal> fn, double[] x, double[] g) {
    Tape tape = new Tape();
    AdReal[] u = tape.variables(x);
    AdReal out = fn.apply(u);
    tape.backward(out);
    for (int i = 0; i < x.length; i++) {
      g[i] = tape.adjoint(u[i]);
    }
    return out.peek();
  }

  private static CompiledDensity record(Function<AdReal[], AdReal> fn, double[] x) {
    Tape tape = new Tape();
    tape.startRecording();
    AdReal[] u = tape.variables(x);
    CompiledDensity.Outcome o = tape.compile(u, fn.apply(u));
    return assertInstanceOf(CompiledDensity.Outcome.Compiled.class, o).density();
  }

  @Test
  void aReplayIsAFreshRunAtEveryPointWithFewerOperations() {
    CompiledDensity compiled = record(CompiledDensityTest::f, new double[] {0.1, 0.2, 0.3});
    Tape counting = new Tape();
    f(counting.variables(new double[] {0.1, 0.2, 0.3}));
    assertTrue(compiled.size() < counting.size() / 2,
        compiled.size() + " operations replayed of " + counting.size() + " recorded");
    CompiledDensity.Evaluation replay = compiled.newEvaluation();
    Random r = new Random(4);
    for (int k = 0; k < 20; k++) {
      double[] x = {r.nextGaussian(), r.nextGaussian(), 0.5 * r.nextGaussian()};
      double[] expected = new double[3];
      double[] actual = new double[3];
      double v = evaluate(CompiledDensityTest::f, x, expected);
      assertEquals(v, replay.logDensity(x, actual), 1e-12 * Math.max(1, Math.abs(v)));
      for (int i = 0; i < 3; i++) {
        assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])));
      }
    }
  }

  @Test
  void aReadValueOrARulelessNodeIsRefusedWithTheReason() {
    Tape tape = new Tape();
    tape.startRecording();
    AdReal[] u = tape.variables(new double[] {0.5});
    AdReal branch = u[0].value() > 0 ? u[0] : u[0].negate();
    var o = tape.compile(u, branch.times(2.0));
    assertTrue(assertInstanceOf(CompiledDensity.Outcome.NotReplayable.class, o).reason()
        .startsWith("the program reads the value"), o.toString());

    tape.reset();
    tape.startRecording();
    u = tape.variables(new double[] {0.5});
    var ruleless = tape.compile(u, Tape.nary(1.0, u, new double[] {2.0}));
    assertTrue(assertInstanceOf(CompiledDensity.Outcome.NotReplayable.class, ruleless).reason()
        .startsWith("an operation without a replay rule"), ruleless.toString());
  }

  @Test
  void aRejectedArgumentThrowsFromTheReplay() {
    CompiledDensity compiled = record(u -> FamilyTerms.sum(Family.NORMAL,
        new AdReal[][] {{AdReal.constant(0), u[0], AdReal.constant(1)}}), new double[] {1.0});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> compiled.newEvaluation().logDensity(new double[] {-1.0}, new double[1]));
    assertEquals("normal: parameter 'sigma' must be > 0, got -1.0", e.getMessage());
  }

  /** Many points at once give each point's replayed result to the last bit (seed 5, 50 points). */
  @Test
  void resultsAtManyPointsAreEachPointsResult() {
    Tape tape = new Tape();
    tape.startRecording();
    AdReal[] u = tape.variables(new double[] {0.1, 0.2, 0.3});
    AdReal out = f(u);
    CompiledDensity compiled = assertInstanceOf(CompiledDensity.Outcome.Compiled.class,
        tape.compile(u, out, new AdReal[] {out})).density();
    CompiledDensity.Evaluation replay = compiled.newEvaluation();
    Random r = new Random(5);
    int n = 50;
    double[][] columns = new double[3][n];
    for (int p = 0; p < n; p++) {
      columns[0][p] = r.nextGaussian();
      columns[1][p] = r.nextGaussian();
      columns[2][p] = 0.5 * r.nextGaussian();
    }
    double[] each = new double[n];
    compiled.resultEach(columns, n, 0, each);
    for (int p = 0; p < n; p++) {
      double[] x = {columns[0][p], columns[1][p], columns[2][p]};
      assertEquals(replay.results(x)[0], each[p], 0.0, "point " + p);
    }
  }
}
