package org.ppl4j.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest name within a distance that grows with the name's length. */
class SuggestionsTest {
  private static final List<String> NAMES = List.of("bernoulli", "beta", "binomial", "sigma",
      "mu", "normal", "lognormal");

  @Test
  void findsTyposTranspositionsAndCase() {
    assertEquals(Optional.of("bernoulli"), Suggestions.closest("bernouli", NAMES));
    assertEquals(Optional.of("sigma"), Suggestions.closest("sigam", NAMES));
    assertEquals(Optional.of("normal"), Suggestions.closest("Normal", NAMES));
    assertEquals(Optional.of("mu"), Suggestions.closest("nu", NAMES));
  }

  @Test
  void suggestsNothingForDistantNames() {
    assertEquals(Optional.empty(), Suggestions.closest("gamma_poisson", NAMES));
    assertEquals(Optional.empty(), Suggestions.closest("xyz", NAMES));
    assertEquals("", Suggestions.hint("zzzzzz", NAMES));
  }

  @Test
  void distanceCountsATranspositionAsOneEdit() {
    assertEquals(1, Suggestions.distance("ab", "ba"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(0, Suggestions.distance("same", "same"));
  }
}
