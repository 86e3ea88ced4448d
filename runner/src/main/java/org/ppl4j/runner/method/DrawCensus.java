package org.ppl4j.runner.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.semantics.model.NamedSite;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.transform.InitialCoordinates;
import org.ppl4j.semantics.transform.Transform;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.Value;

/**
 * The continuous draws of one run of a program at the centre of every support (all
 * unconstrained coordinates 0, as the discovery run): for each name a draw is bound to, the
 * value of each of its draws in draw order (for their shapes), and how many draws have no
 * name. Initial values by name are checked against it ({@link NamedInitialPoint}).
 */
final class DrawCensus implements InitialCoordinates {
  private final Map<String, List<Value>> named = new LinkedHashMap<>();
  private Optional<String> current = Optional.empty();
  private int unnamed;

  /** The name a draw at {@code site} is bound to, if any. */
  static Optional<String> nameOf(ScoreSite site) {
    return site instanceof NamedSite n ? n.boundName() : Optional.empty();
  }

  @Override
  public void begin(ScoreSite site, String distribution) {
    current = nameOf(site);
    if (current.isEmpty()) {
      unnamed++;
    }
  }

  @Override
  public double[] next(Transform transform) {
    return new double[transform.unconstrainedDimension()];
  }

  @Override
  public void end(Value drawn) {
    current.ifPresent(name -> named.computeIfAbsent(name, k -> new ArrayList<>())
        .add(AdArith.plain(drawn)));
    current = Optional.empty();
  }

  /** Each name's draws (their values at the centre), in the order first drawn. */
  Map<String, List<Value>> named() {
    return named;
  }

  /** How many continuous draws are bound to no name. */
  int unnamed() {
    return unnamed;
  }
}
