package org.ppl4j.runner.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.check.Suggestions;
import org.ppl4j.inference.nuts.InitialPoint;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Value;

/**
 * The initial point of a program's NUTS chains (or ADVI mean) from initial values given by name
 * ({@link InitValues}), as Stan reads an init file: each named draw starts at its given value
 * on the constrained scale, mapped to the unconstrained coordinates by the draw's transform
 * ({@link InitRun}); draws with no value given start uniform on (-r, r) as with
 * {@code --init r} (default 2), drawn by each chain, so several chains share the given values
 * and differ only in the others. Names, draw counts and shapes are checked once, against a run
 * at the centre of every support ({@link DrawCensus}); supports are checked when a point is
 * made, since they may depend on earlier draws.
 */
final class NamedInitialPoint implements InitialPoint {
  /** A given value for one draw: the value and its key path ({@code $.x}, {@code $.x[1]}). */
  record Given(Value value, String path) {}

  private final InitValues values;
  private final ProgramTarget target;
  private final double radius;
  private final Map<String, List<Given>> byName;
  private final boolean fixed;

  private NamedInitialPoint(InitValues values, ProgramTarget target, double radius,
      Map<String, List<Given>> byName, boolean fixed) {
    this.values = values;
    this.target = target;
    this.radius = radius;
    this.byName = byName;
    this.fixed = fixed;
  }

  /**
   * The initial point of {@code target} from {@code values}, the draws given none uniform on
   * (-{@code radius}, {@code radius}).
   *
   * @throws org.ppl4j.runner.UserError naming {@code --init} and the key path when a name is
   *     not that of a continuous draw of the program, or a value has the wrong shape or length
   */
  static NamedInitialPoint of(InitValues values, ProgramTarget target, double radius) {
    DrawCensus census = new DrawCensus();
    target.initialPoint(census);
    Map<String, List<Value>> drawn = census.named();
    Map<String, List<Given>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : values.values().entrySet()) {
      String name = e.getKey();
      String path = "$." + name;
      List<Value> draws = drawn.get(name);
      if (draws == null) {
        throw values.at(path, unknown(name, drawn.keySet()));
      }
      List<Given> given = new ArrayList<>();
      if (draws.size() == 1) {
        given.add(checked(values, new Given(e.getValue(), path), draws.get(0)));
      } else if (!(e.getValue() instanceof ArrayValue a) || a.elements().size() != draws.size()) {
        throw values.at(path, "'" + name + "' is drawn " + draws.size() + " times per run, so"
            + " its initial value is an array of " + draws.size() + " values, one per draw in"
            + " draw order; got " + DrawShapes.describe(e.getValue()));
      } else {
        for (int i = 0; i < draws.size(); i++) {
          given.add(checked(values, new Given(a.elements().get(i), path + "[" + i + "]"),
              draws.get(i)));
        }
      }
      byName.put(name, List.copyOf(given));
    }
    boolean fixed = census.unnamed() == 0 && byName.keySet().containsAll(drawn.keySet());
    return new NamedInitialPoint(values, target, radius, byName, fixed);
  }

  private static Given checked(InitValues values, Given g, Value drawn) {
    if (!DrawShapes.same(g.value(), drawn)) {
      throw values.at(g.path(), "expected " + DrawShapes.describe(drawn) + " (the shape of"
          + " this draw), got " + DrawShapes.describe(g.value()));
    }
    return g;
  }

  private static String unknown(String name, java.util.Set<String> names) {
    if (names.isEmpty()) {
      return "the program has no draw named '" + name + "' (none of its continuous draws is"
          + " bound to a name: write 'x ~ D' or 'let x = sample(D)' to name one)";
    }
    return "the program has no continuous draw named '" + name + "'"
        + Suggestions.hint(name, names) + "; its named draws are: " + String.join(", ", names);
  }

  /** The given value of the {@code index}-th draw (from 0) named {@code name}, if any. */
  Optional<Given> value(String name, int index) {
    List<Given> given = byName.get(name);
    return given == null || index >= given.size() ? Optional.empty()
        : Optional.of(given.get(index));
  }

  /** The values, for their messages. */
  InitValues values() {
    return values;
  }

  @Override
  public double[] propose(int dimension, Rng rng) {
    return target.initialPoint(new InitRun(this, radius, rng));
  }

  @Override
  public boolean fixed() {
    return fixed;
  }
}
