package org.ppl4j.semantics.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Domain;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.FamilyDescription;
import org.ppl4j.semantics.dist.IntDistribution;
import org.ppl4j.semantics.dist.RealDistribution;
import org.ppl4j.semantics.random.Rng;

/**
 * Walks every registered {@link Family}: at several parameter points of each parameter's
 * {@link Domain} (every combination the family's constructor accepts) and at draws of the
 * family's own sampler (seed 20261207, 4 draws per point), the log density on plain numbers
 * (the family's distribution) and on AD numbers ({@link AdDistribution}) must agree to 1e-12
 * relative, and the reverse-mode gradient with respect to every continuous parameter (and a
 * continuous draw) must agree with central finite differences of the plain density (relative
 * step 1e-6, tolerance 1e-5 relative: truncation and rounding errors are below 1e-8 here). A
 * new family is covered by adding it to the registry.
 */
class FamilyConsistencyTest {
  private static final long SEED = 20261207L;
  private static final int DRAWS = 4;

  @TestFactory
  List<DynamicTest> everyFamilyAgreesOnDoubleAndAdNumbers() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Family family : Family.values()) {
      tests.add(DynamicTest.dynamicTest(family.languageName(), () -> check(family)));
    }
    return tests;
  }

  private static void check(Family family) {
    Rng rng = Rng.seeded(SEED);
    int checked = 0;
    for (List<double[]> params : combinations(family)) {
      Distribution<?> plain;
      try {
        plain = ad(family, params).plain();
      } catch (IllegalArgumentException outsideTheJointDomain) {
        continue; // e.g. uniform(lo, hi) with hi <= lo
      }
      assertEquals(family.languageName(), plain.name());
      for (int draw = 0; draw < DRAWS; draw++) {
        double[] x = asArray(plain.sample(rng));
        double expected = plainLogDensity(family, params, x);
        double actual = ad(family, params).logDensity(AdReal.constants(x)).value();
        String where = family.languageName() + " at " + describe(params) + ", x = "
            + Arrays.toString(x);
        assertTrue(Double.isFinite(expected), where + ": density " + expected);
        assertTrue(Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)),
            where + ": double " + expected + ", AD " + actual);
        checkGradient(family, params, x, where);
        checked++;
      }
    }
    assertTrue(checked >= DRAWS, family.languageName() + ": no valid parameter point");
  }

  /** Reverse mode against central differences of the plain density, coordinate by coordinate. */
  private static void checkGradient(Family family, List<double[]> params, double[] x,
      String where) {
    double[] at = coordinates(family, params, x);
    Tape tape = new Tape();
    AdReal[] vars = tape.variables(at);
    AdReal y = evaluate(family, params, x, vars);
    tape.backward(y);
    for (int i = 0; i < at.length; i++) {
      double h = 1e-6 * (at[i] == 0 ? 1 : Math.abs(at[i]));
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += h;
      down[i] -= h;
      double fd = (evaluate(family, params, x, AdReal.constants(up)).value()
          - evaluate(family, params, x, AdReal.constants(down)).value()) / (up[i] - down[i]);
      double reverse = tape.adjoint(vars[i]);
      double error = Math.abs(reverse - fd) / Math.max(1, Math.abs(fd));
      assertTrue(error <= 1e-5, where + ": d/dcoordinate" + i + " reverse mode " + reverse
          + ", finite difference " + fd + ", relative error " + error);
    }
  }

  /**
   * The continuous coordinates: real parameters, array entries, the lower triangle of a
   * matrix (kept symmetric), then a continuous scalar or mv_normal draw.
   */
  private static double[] coordinates(Family family, List<double[]> params, double[] x) {
    List<Double> out = new ArrayList<>();
    List<FamilyDescription.Parameter> ps = family.description().parameters();
    for (int p = 0; p < ps.size(); p++) {
      double[] v = params.get(p);
      switch (ps.get(p).domain().shape()) {
        case INT -> { }
        case REAL, REAL_ARRAY -> Arrays.stream(v).forEach(out::add);
        case REAL_MATRIX -> {
          int n = (int) Math.round(Math.sqrt(v.length));
          for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
              out.add(v[i * n + j]);
            }
          }
        }
      }
    }
    if (differentiableDraw(family)) {
      Arrays.stream(x).forEach(out::add);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The AD log density with the continuous coordinates replaced by {@code c}. */
  private static AdReal evaluate(Family family, List<double[]> params, double[] x, AdReal[] c) {
    List<AdReal[]> ps = new ArrayList<>();
    int next = 0;
    List<FamilyDescription.Parameter> descriptions = family.description().parameters();
    for (int p = 0; p < descriptions.size(); p++) {
      double[] v = params.get(p);
      switch (descriptions.get(p).domain().shape()) {
        case INT -> ps.add(AdReal.constants(v));
        case REAL, REAL_ARRAY -> {
          ps.add(Arrays.copyOfRange(c, next, next + v.length));
          next += v.length;
        }
        case REAL_MATRIX -> {
          int n = (int) Math.round(Math.sqrt(v.length));
          AdReal[] m = new AdReal[v.length];
          for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
              m[i * n + j] = c[next];
              m[j * n + i] = c[next];
              next++;
            }
          }
          ps.add(m);
        }
      }
    }
    AdReal[] point = differentiableDraw(family)
        ? Arrays.copyOfRange(c, next, next + x.length) : AdReal.constants(x);
    return new AdDistribution(family, ps).logDensity(point);
  }

  private static boolean differentiableDraw(Family family) {
    return !family.isDiscrete() && family != Family.DIRICHLET; // a simplex point stays one
  }

  @SuppressWarnings("unchecked")
  private static double plainLogDensity(Family family, List<double[]> params, double[] x) {
    Distribution<?> d = ad(family, params).plain();
    return switch (family.valueType()) {
      case REAL -> ((RealDistribution) d).logDensity(x[0]);
      case INT -> ((IntDistribution) d).logDensity((int) x[0]);
      case BOOL -> ((Distribution<Boolean>) d).logDensity(x[0] == 1);
      case REAL_ARRAY -> ((Distribution<double[]>) d).logDensity(x);
    };
  }

  private static AdDistribution ad(Family family, List<double[]> params) {
    List<AdReal[]> ps = new ArrayList<>();
    for (double[] p : params) {
      ps.add(AdReal.constants(p));
    }
    return new AdDistribution(family, ps);
  }

  private static double[] asArray(Object draw) {
    if (draw instanceof Double v) {
      return new double[] {v};
    } else if (draw instanceof Integer k) {
      return new double[] {k};
    } else if (draw instanceof Boolean b) {
      return new double[] {b ? 1 : 0};
    } else if (draw instanceof double[] xs) {
      return xs;
    }
    throw new AssertionError("unexpected draw " + draw);
  }

  /** Every combination of the example values of the family's parameter domains. */
  private static List<List<double[]>> combinations(Family family) {
    List<List<double[]>> out = new ArrayList<>();
    out.add(List.of());
    for (FamilyDescription.Parameter p : family.description().parameters()) {
      List<List<double[]>> next = new ArrayList<>();
      for (List<double[]> prefix : out) {
        for (double[] value : examples(p.domain())) {
          List<double[]> longer = new ArrayList<>(prefix);
          longer.add(value);
          next.add(longer);
        }
      }
      out = next;
    }
    return out;
  }

  /** Representative points of each domain (arrays for array domains, matrices flattened). */
  private static List<double[]> examples(Domain domain) {
    return switch (domain) {
      case FINITE -> scalars(-1.3, 0.4, 2.0);
      case POSITIVE -> scalars(0.8, 2.5, 11.0);
      case NON_NEGATIVE -> scalars(0.3, 3.5, 14.0);
      case PROBABILITY -> scalars(0.15, 0.5, 0.85);
      case POSITIVE_PROBABILITY -> scalars(0.2, 0.6, 0.9);
      case COUNT -> scalars(3, 25);
      case INTEGER -> scalars(-2, 3, 7);
      case WEIGHTS -> List.of(new double[] {0.2, 0.5, 0.3}, new double[] {1, 3});
      case POSITIVE_VECTOR -> List.of(new double[] {1.5, 2.0, 3.0}, new double[] {0.9, 12.0});
      case VECTOR -> List.of(new double[] {0.5, -1.0});
      case COVARIANCE -> List.of(new double[] {2.0, 0.3, 0.3, 1.0}, new double[] {1, 0, 0, 4});
    };
  }

  private static List<double[]> scalars(double... values) {
    return Arrays.stream(values).mapToObj(v -> new double[] {v}).toList();
  }

  private static String describe(List<double[]> params) {
    return params.stream().map(Arrays::toString).toList().toString();
  }
}
