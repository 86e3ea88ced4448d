package org.ppl4j.semantics.transform;

import java.util.Optional;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.model.DrawException;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * How one run of a program's log density answers its generated-quantity draws
 * ({@link DrawRoles}). A discrete generated quantity is never a parameter: while the density
 * is evaluated it takes a <em>placeholder</em> (a fixed draw from its distribution, adding no
 * density), and when the kept draw is reported it is drawn afresh from {@link #rng()}. Once a
 * discrete generated quantity has been drawn in a run, every later generated-quantity draw,
 * continuous ones too, is treated the same way (its distribution may depend on the discrete
 * value, which the placeholder does not give); continuous generated quantities before the first
 * discrete one stay parameters of the density, as before version 1.
 *
 * <p>Exactness: no later score depends on a generated quantity, so the density over the
 * parameters is the posterior whatever the placeholders are, and each reported draw continues
 * the kept parameters ancestrally, as Stan's generated quantities. Mutable: one per run.
 */
public final class GeneratedDraws {
  private static final long PLACEHOLDER_SEED = 0x5EEDL;

  private final DrawRoles roles;
  private final Optional<Rng> rng;
  private boolean afterDiscrete;
  private int placeholders;

  private GeneratedDraws(DrawRoles roles, Optional<Rng> rng) {
    this.roles = roles;
    this.rng = rng;
  }

  /** While the density is evaluated: generated quantities take placeholders. */
  public static GeneratedDraws placeholders(DrawRoles roles) {
    return new GeneratedDraws(roles, Optional.empty());
  }

  /** While a kept draw is reported: generated quantities are drawn with {@code rng}. */
  public static GeneratedDraws drawnWith(DrawRoles roles, Rng rng) {
    return new GeneratedDraws(roles, Optional.of(rng));
  }

  /** The sites' roles. */
  public DrawRoles roles() {
    return roles;
  }

  /** The generator of a reporting run; empty while the density is evaluated. */
  public Optional<Rng> rng() {
    return rng;
  }

  /** The number of placeholders given so far (discrete generated quantities met). */
  public int placeholders() {
    return placeholders;
  }

  /**
   * Whether the draw from {@code d} at {@code site} is answered here rather than by a
   * parameter: a generated quantity that is discrete or comes after a discrete one.
   */
  public boolean takes(ValueDistribution d, ScoreSite site) {
    return roles.isGenerated(site) && (d.kind().isDiscrete() || afterDiscrete);
  }

  /**
   * The value of a draw from {@code d} that {@link #takes} answers at {@code sampled}: a
   * placeholder or a fresh draw.
   */
  public Value draw(ValueDistribution d, Step.Sampled<?, Value> sampled) {
    afterDiscrete |= d.kind().isDiscrete();
    if (rng.isPresent()) {
      return (Value) sampled.draw(rng.get());
    }
    placeholders++;
    try {
      return (Value) sampled.draw(Rng.seeded(PLACEHOLDER_SEED));
    } catch (DrawException e) {
      // far out in the tails (a Poisson rate of 1e11 while the sampler looks for its step
      // size) a draw may not be representable; the placeholder's value does not matter there
      return smallest(d).orElseThrow(() -> e);
    }
  }

  /** The smallest value of a discrete support. */
  private static Optional<Value> smallest(ValueDistribution d) {
    Support support = d.support();
    if (support instanceof Support.Integers i) {
      return Optional.of(new IntValue(i.lower()));
    }
    if (support instanceof Support.Booleans) {
      return Optional.of(BoolValue.of(false));
    }
    return Optional.empty();
  }
}
