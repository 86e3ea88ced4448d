package org.ppl4j.runner.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.InitialCoordinates;
import org.ppl4j.semantics.transform.StickBreaking;
import org.ppl4j.semantics.transform.Transform;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Value;

/**
 * One initialising run of a program: each draw bound to a name that has a given value takes
 * the unconstrained coordinates of that value, mapped by the draw's own {@link Transform} (the
 * one NUTS uses), after checking that it lies strictly inside the support; every other draw
 * takes coordinates uniform on (-r, r), as Stan does for what an init file leaves out. Mutable:
 * one per run.
 */
final class InitRun implements InitialCoordinates {
  /** Relative tolerance of the round trip {@code constrain(unconstrain(x)) = x}. */
  private static final double ROUND_TRIP = 1e-8;

  private final NamedInitialPoint given;
  private final double radius;
  private final Rng rng;
  private final Map<String, Integer> seen = new HashMap<>();
  private Optional<NamedInitialPoint.Given> current = Optional.empty();
  private String distribution = "";
  private final List<String> paths = new ArrayList<>();
  private final List<Double> numbers = new ArrayList<>();
  private int used;

  InitRun(NamedInitialPoint given, double radius, Rng rng) {
    this.given = given;
    this.radius = radius;
    this.rng = rng;
  }

  @Override
  public void begin(ScoreSite site, String distribution) {
    this.distribution = distribution;
    current = DrawCensus.nameOf(site).flatMap(name -> {
      int index = seen.merge(name, 1, Integer::sum) - 1;
      return given.value(name, index);
    });
    paths.clear();
    numbers.clear();
    used = 0;
    current.ifPresent(g -> flatten(g.value(), g.path()));
  }

  @Override
  public double[] next(Transform transform) {
    int k = transform.constrainedDimension();
    if (current.isEmpty() || used + k > numbers.size()) {
      used += k;
      double[] u = new double[transform.unconstrainedDimension()];
      for (int i = 0; i < u.length; i++) {
        u[i] = radius * (2 * rng.nextDouble() - 1);
      }
      return u;
    }
    double[] x = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = numbers.get(used + i);
    }
    String path = k == 1 ? paths.get(used) : parent(paths.get(used));
    used += k;
    double[] u = transform.unconstrain(x);
    if (!inside(transform, x, u)) {
      String shown = k == 1 ? DrawShapes.number(x[0]) : java.util.Arrays.toString(x);
      throw given.values().at(path, shown + " is outside the support of " + distribution
          + " (" + support(transform, path.substring(2)) + ")");
    }
    return u;
  }

  @Override
  public void end(Value drawn) {
    if (current.isPresent()) {
      NamedInitialPoint.Given g = current.get();
      Value plain = AdArith.plain(drawn);
      if (!DrawShapes.same(g.value(), plain) || used != numbers.size()) {
        throw given.values().at(g.path(), "expected " + DrawShapes.describe(plain)
            + " (the shape of this draw), got " + DrawShapes.describe(g.value()));
      }
    }
    current = Optional.empty();
  }

  private void flatten(Value v, String path) {
    if (v instanceof ArrayValue a) {
      for (int i = 0; i < a.elements().size(); i++) {
        flatten(a.elements().get(i), path + "[" + i + "]");
      }
    } else {
      paths.add(path);
      numbers.add(AdArith.number(v, "--init").peek());
    }
  }

  /** Whether {@code u} is finite and maps back onto {@code x}: x is inside the support. */
  private static boolean inside(Transform t, double[] x, double[] u) {
    for (double ui : u) {
      if (!Double.isFinite(ui)) {
        return false;
      }
    }
    AdReal[] back = t.constrain(AdReal.constants(u)).value();
    for (int i = 0; i < x.length; i++) {
      if (!(Math.abs(back[i].peek() - x[i]) <= ROUND_TRIP * Math.max(1, Math.abs(x[i])))) {
        return false;
      }
    }
    return true;
  }

  /** The support of {@code t} in a user's words, for the draw named {@code name}. */
  private static String support(Transform t, String name) {
    if (t instanceof Transform.LowerBound b) {
      return name + " > " + DrawShapes.number(b.lower());
    } else if (t instanceof Transform.Interval i) {
      return DrawShapes.number(i.lower().peek()) + " < " + name + " < "
          + DrawShapes.number(i.upper().peek());
    } else if (t instanceof Transform.Above a) {
      return name + " > " + DrawShapes.number(a.lower().peek());
    } else if (t instanceof Transform.Below b) {
      return name + " < " + DrawShapes.number(b.upper().peek());
    } else if (t instanceof StickBreaking) {
      return name + " on the simplex: entries > 0 that sum to 1";
    }
    return name + " finite";
  }

  /** {@code $.theta} for {@code $.theta[0]}. */
  private static String parent(String path) {
    int bracket = path.lastIndexOf('[');
    return bracket > 1 ? path.substring(0, bracket) : path;
  }
}
