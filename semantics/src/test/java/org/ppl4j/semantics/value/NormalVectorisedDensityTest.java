package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Family;

/**
 * The normal fast path of the vectorised log density gives the general path's value and every
 * partial (each element's term differentiated on a scratch tape) to 1e-12 relative, for every
 * combination of scalar and array, constant and differentiable mean, scale and value; outside
 * its domain it defers to the general path, whose errors stand.
 */
class NormalVectorisedDensityTest {
  private static final int N = 7;

  /** One argument: a constant or AD scalar, or a constant or AD array of N. */
  private static Value arg(int mode, Tape tape, Random r, List<AdReal> vars, boolean positive) {
    java.util.function.DoubleSupplier draw = () -> positive ? 0.3 + 2 * r.nextDouble()
        : r.nextGaussian() * 2;
    switch (mode) {
      case 0:
        return new RealValue(draw.getAsDouble());
      case 1: {
        AdReal v = tape.variable(draw.getAsDouble());
        vars.add(v);
        return new AdRealValue(v);
      }
      default: {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
          if (mode == 2) {
            out.add(new RealValue(draw.getAsDouble()));
          } else {
            AdReal v = tape.variable(draw.getAsDouble());
            vars.add(v);
            out.add(new AdRealValue(v));
          }
        }
        return new ArrayValue(out);
      }
    }
  }

  @Test
  void fastAndGeneralPathsAgreeOnValueAndEveryPartial() {
    Random r = new Random(5);
    int checked = 0;
    for (int muMode = 0; muMode < 4; muMode++) {
      for (int sigmaMode = 0; sigmaMode < 4; sigmaMode++) {
        for (int xMode = 2; xMode < 4; xMode++) {
          Tape tape = new Tape();
          List<AdReal> vars = new ArrayList<>();
          Value mu = arg(muMode, tape, r, vars, false);
          Value sigma = arg(sigmaMode, tape, r, vars, true);
          Value x = arg(xMode, tape, r, vars, false);
          FamilyDistribution d = FamilyDistribution.of(Family.NORMAL, List.of(mu, sigma));
          AdReal fast = VectorisedDensity.logDensity(d, x);
          AdReal general = VectorisedDensity.general(d, x);
          assertEquals(general.value(), fast.value(), 1e-12 * Math.abs(general.value()));
          double[] gFast = gradient(tape, fast, vars);
          double[] gGeneral = gradient(tape, general, vars);
          for (int i = 0; i < vars.size(); i++) {
            assertEquals(gGeneral[i], gFast[i], 1e-12 * Math.max(1, Math.abs(gGeneral[i])),
                "partial " + i + " (modes " + muMode + sigmaMode + xMode + ")");
          }
          checked++;
        }
      }
    }
    assertEquals(32, checked);
  }

  @Test
  void aBadScaleIsLeftToTheGeneralPathAndItsError() {
    Tape tape = new Tape();
    AdReal s = tape.variable(-1.0);
    List<Value> args = List.of(new RealValue(0), new AdRealValue(s));
    assertTrue(NormalVectorisedDensity.logDensity(args,
        List.of(new RealValue(1), new RealValue(2))).isEmpty());
  }

  private static double[] gradient(Tape tape, AdReal out, List<AdReal> vars) {
    tape.backward(out);
    double[] g = new double[vars.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = tape.adjoint(vars.get(i));
    }
    return g;
  }
}
