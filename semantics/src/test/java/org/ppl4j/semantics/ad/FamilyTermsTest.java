package org.ppl4j.semantics.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Arguments;
import org.ppl4j.semantics.dist.Family;

/**
 * {@link FamilyTerms}: (1) its shortcut of validating parameters by their domains is sound: for
 * every scalar family outside {@link FamilyTerms#CROSS_CHECKED}, at every combination of edge
 * values (infinities, NaN, signed zeros, the smallest normal, fractions, integers, the integer
 * limit), the family's constructor accepts the parameters exactly when every parameter's
 * domain admits it; (2) a node of several elements with a broadcast parameter has the value
 * and every partial of the sum of one-element nodes (1e-12 relative); (3) a parameter outside
 * its domain gives the constructor's message. (That each family's term agrees with its plain
 * density and with finite differences is {@link FamilyConsistencyTest}'s walk.)
 */
class FamilyTermsTest {
  private static final double[] EDGES = {Double.NEGATIVE_INFINITY, -1e300, -2.5, -1, -0.0, 0.0,
      Double.MIN_NORMAL, 0.25, 1, 1.5, 2, 3, Integer.MAX_VALUE, 3e9, 1e300,
      Double.POSITIVE_INFINITY, Double.NaN};

  @Test
  void domainsDecideExactlyWhatTheConstructorAccepts() {
    int checked = 0;
    for (Family family : Family.values()) {
      if (!FamilyTerms.covers(family) || FamilyTerms.CROSS_CHECKED.contains(family)) {
        continue;
      }
      int arity = family.arity();
      int combinations = (int) Math.pow(EDGES.length, arity);
      for (int c = 0; c < combinations; c++) {
        double[] v = new double[arity];
        boolean admitted = true;
        for (int j = 0, rest = c; j < arity; j++, rest /= EDGES.length) {
          v[j] = EDGES[rest % EDGES.length];
          admitted &= family.description().parameters().get(j).domain().admits(v[j]);
        }
        boolean accepted;
        try {
          family.description().constructor().apply(arguments(family, v));
          accepted = true;
        } catch (IllegalArgumentException e) {
          accepted = false;
        }
        assertEquals(accepted, admitted, family.languageName() + java.util.Arrays.toString(v));
        checked++;
      }
    }
    assertTrue(checked > 1000, "combinations checked: " + checked);
  }

  @Test
  void severalElementsWithABroadcastScaleEqualTheSumOfSingleTerms() {
    Random r = new Random(3);
    Tape tape = new Tape();
    AdReal sigma = tape.variable(1.3);
    List<AdReal> variables = new ArrayList<>(List.of(sigma));
    AdReal[][] elements = new AdReal[6][];
    AdReal single = AdReal.ZERO;
    for (int e = 0; e < elements.length; e++) {
      AdReal mu = tape.variable(r.nextGaussian());
      variables.add(mu);
      AdReal x = e % 2 == 0 ? AdReal.constant(r.nextGaussian()) : tape.variable(r.nextGaussian());
      if (!x.isConstant()) {
        variables.add(x);
      }
      elements[e] = new AdReal[] {mu, sigma, x};
      single = single.plus(FamilyTerms.sum(Family.NORMAL, new AdReal[][] {elements[e]}));
    }
    AdReal joint = FamilyTerms.sum(Family.NORMAL, elements);
    assertEquals(single.peek(), joint.peek(), 1e-12 * Math.abs(single.peek()));
    double[] expected = adjoints(tape, single, variables);
    double[] actual = adjoints(tape, joint, variables);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
          "partial " + i);
    }
  }

  @Test
  void closedFormTermsAgreeWithTheFormulaInForwardMode() {
    Random r = new Random(11);
    int checked = 0;
    for (Family family : Family.values()) {
      if (!FamilyTerms.covers(family) || family.description().term().isEmpty()) {
        continue;
      }
      int arity = family.arity();
      for (int trial = 0; trial < 200; trial++) {
        double[] v = new double[arity + 1];
        for (int j = 0; j < arity; j++) {
          org.ppl4j.semantics.dist.Domain domain =
              family.description().parameters().get(j).domain();
          v[j] = domain == org.ppl4j.semantics.dist.Domain.FINITE ? 3 * r.nextGaussian()
              : domain == org.ppl4j.semantics.dist.Domain.PROBABILITY
                  || domain == org.ppl4j.semantics.dist.Domain.POSITIVE_PROBABILITY
                  ? 0.01 + 0.98 * r.nextDouble() : 0.1 + 3 * r.nextDouble();
        }
        // a draw of the family's own kind: 0/1 for a Bool, a small count for an Int
        org.ppl4j.semantics.dist.ValueType type = family.description().valueType();
        v[arity] = trial == 0 ? Double.NaN : trial == 1 ? Double.POSITIVE_INFINITY
            : type == org.ppl4j.semantics.dist.ValueType.BOOL ? trial % 2
            : type == org.ppl4j.semantics.dist.ValueType.INT ? r.nextInt(6)
            : 4 * r.nextGaussian();
        double[] d = new double[arity + 1];
        double[] memo = new double[org.ppl4j.semantics.dist.ScalarTerm.MEMO];
        java.util.Arrays.fill(memo, Double.NaN);
        double value = family.description().term().get().logDensity(v, d, memo);
        // again with the memo the first call left: the same value (a kept log sigma)
        assertEquals(value, family.description().term().get().logDensity(v, null, memo),
            0.0, family.languageName() + " value with a warm memo");
        TangentNum num = new TangentNum();
        num.reset(arity + 1);
        List<long[]> ps = new ArrayList<>();
        for (int j = 0; j < arity; j++) {
          ps.add(new long[] {num.seed(v[j], j)});
        }
        long x = num.seed(v[arity], arity);
        long expected = family.description().logDensity(num, new long[] {x}, ps);
        assertEquals(num.value(expected), value,
            1e-13 * Math.max(1, Math.abs(value)), family.languageName() + " value");
        if (Double.isFinite(value)) {
          for (int j = 0; j <= arity; j++) {
            assertEquals(num.tangent(expected, j), d[j],
                1e-13 * Math.max(1, Math.abs(d[j])), family.languageName() + " partial " + j);
          }
        }
        checked++;
      }
    }
    assertTrue(checked >= 200, "points checked: " + checked);
  }

  @Test
  void aScaleOutsideItsDomainGivesTheConstructorsMessage() {
    Tape tape = new Tape();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FamilyTerms.sum(Family.NORMAL, new AdReal[][] {
            {AdReal.constant(0), tape.variable(-2), AdReal.constant(1)}}));
    assertEquals("normal: parameter 'sigma' must be > 0, got -2.0", e.getMessage());
  }

  private static double[] adjoints(Tape tape, AdReal output, List<AdReal> variables) {
    tape.backward(output);
    double[] out = new double[variables.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tape.adjoint(variables.get(i));
    }
    return out;
  }

  private static Arguments arguments(Family family, double[] v) {
    return new ScalarArguments(family, v);
  }
}
