package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdNum;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Family;

/**
 * The vectorised log density (one node, each element's term in forward mode) gives the value
 * and every partial of the reference (each element's term differentiated in reverse mode on a
 * scratch tape with {@link AdNum}, summed) to 1e-12 relative, for every combination of scalar
 * and array, constant and differentiable parameters and value, for a location-scale, a
 * shape-rate and a discrete family; a parameter outside its domain gives the family's error.
 */
class VectorisedDensityTest {
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
  void oneNodeAgreesWithTheReverseModeReferenceOnValueAndEveryPartial() {
    for (Family family : List.of(Family.NORMAL, Family.GAMMA, Family.STUDENT_T)) {
      agreesWithReference(family);
    }
  }

  private void agreesWithReference(Family family) {
    Random r = new Random(5);
    int checked = 0;
    int arity = family.arity();
    for (int muMode = 0; muMode < 4; muMode++) {
      for (int sigmaMode = 0; sigmaMode < 4; sigmaMode++) {
        for (int xMode = 2; xMode < 4; xMode++) {
          Tape tape = new Tape();
          List<AdReal> vars = new ArrayList<>();
          List<Value> args = new ArrayList<>();
          if (arity == 3) {
            args.add(new RealValue(3.5));
          }
          args.add(arg(muMode, tape, r, vars, family == Family.GAMMA));
          args.add(arg(sigmaMode, tape, r, vars, true));
          Value x = arg(xMode, tape, r, vars, family == Family.GAMMA);
          FamilyDistribution d = FamilyDistribution.of(family, args);
          AdReal fast = VectorisedDensity.logDensity(d, x);
          AdReal general = reference(family, args, x, tape);
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
  void aBadScaleGivesTheFamilysError() {
    Tape tape = new Tape();
    AdReal s = tape.variable(-1.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> org.ppl4j.semantics.ad.FamilyTerms.sum(Family.NORMAL, new AdReal[][] {
            {AdReal.constant(0), s, AdReal.constant(1)},
            {AdReal.constant(0), s, AdReal.constant(2)}}));
    assertTrue(e.getMessage().contains("sigma"), e.getMessage());
  }

  /**
   * The reference: each element's term from the family's formula on {@link AdNum} (reverse
   * mode) over a scratch tape, its adjoints moved onto a node of {@code tape} per element, the
   * terms summed.
   */
  private static AdReal reference(Family family, List<Value> args, Value x, Tape tape) {
    List<Value> xs = ((ArrayValue) x).elements();
    AdReal total = AdReal.ZERO;
    for (int i = 0; i < xs.size(); i++) {
      List<AdReal> originals = new ArrayList<>();
      for (Value a : args) {
        originals.add(number(a instanceof ArrayValue av ? av.elements().get(i) : a));
      }
      originals.add(number(xs.get(i)));
      Tape scratch = new Tape();
      AdNum num = new AdNum();
      long[] handles = new long[originals.size()];
      AdReal[] locals = new AdReal[originals.size()];
      for (int j = 0; j < handles.length; j++) {
        AdReal o = originals.get(j);
        locals[j] = o.isConstant() ? o : scratch.variable(o.peek());
        handles[j] = num.put(locals[j]);
      }
      List<long[]> ps = new ArrayList<>();
      for (int j = 0; j < args.size(); j++) {
        ps.add(new long[] {handles[j]});
      }
      AdReal term = num.get(family.description().logDensity(num,
          new long[] {handles[args.size()]}, ps));
      scratch.backward(term);
      AdReal node = AdReal.constant(term.peek());
      for (int j = 0; j < handles.length; j++) {
        if (!originals.get(j).isConstant()) {
          node = node.plus(originals.get(j).times(scratch.adjoint(locals[j])))
              .minus(originals.get(j).peek() * scratch.adjoint(locals[j]));
        }
      }
      total = total.plus(node);
    }
    return total;
  }

  private static AdReal number(Value v) {
    return v instanceof AdRealValue a ? a.number() : AdReal.constant(((RealValue) v).value());
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
