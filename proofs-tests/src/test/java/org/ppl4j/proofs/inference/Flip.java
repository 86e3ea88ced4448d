package org.ppl4j.proofs.inference;

import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/**
 * A Bernoulli distribution with a rational success probability {@code num/den}, drawn with
 * {@code nextInt(den)} so that an exhaustive source enumerates it exactly. Test-only.
 */
record Flip(int num, int den) implements Distribution<Boolean> {
  Flip {
    if (den < 1 || num < 0 || num > den) {
      throw new IllegalArgumentException("flip: need 0 <= num <= den, got " + num + "/" + den);
    }
  }

  @Override
  public Boolean sample(Rng rng) {
    return rng.nextInt(den) < num;
  }

  @Override
  public double logDensity(Boolean x) {
    return Math.log(x ? (double) num / den : (double) (den - num) / den);
  }

  @Override
  public Support support() {
    return new Support.Booleans();
  }

  @Override
  public boolean inSupport(Boolean x) {
    return x != null;
  }

  @Override
  public String name() {
    return "flip";
  }

  @Override
  public Optional<List<Boolean>> finiteSupport() {
    return Optional.of(List.of(false, true));
  }
}
