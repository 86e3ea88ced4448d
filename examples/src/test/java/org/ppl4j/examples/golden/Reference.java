package org.ppl4j.examples.golden;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The exact posterior of an example, per summary leaf: mean and standard deviation, and for a
 * discrete leaf the probability of each value (keyed as the JSON output writes them).
 */
record Reference(Map<String, Leaf> leaves) {
  Reference {
    leaves = Collections.unmodifiableMap(new LinkedHashMap<>(leaves));
  }

  /** One leaf's exact posterior moments and, for a discrete leaf, its probabilities. */
  record Leaf(double mean, double sd, Optional<Map<String, Double>> probabilities) {
    static Leaf continuous(double mean, double sd) {
      return new Leaf(mean, sd, Optional.empty());
    }

    /** A discrete leaf from value to probability (keys as in the JSON output). */
    static Leaf discrete(Map<Double, Double> pmf, boolean bool) {
      double mean = 0;
      double second = 0;
      Map<String, Double> probabilities = new LinkedHashMap<>();
      for (Map.Entry<Double, Double> e : pmf.entrySet()) {
        mean += e.getKey() * e.getValue();
        second += e.getKey() * e.getKey() * e.getValue();
        String key = bool ? (e.getKey() == 1 ? "1" : "0")
            : Long.toString(Math.round(e.getKey()));
        probabilities.put(key, e.getValue());
      }
      return new Leaf(mean, Math.sqrt(Math.max(0, second - mean * mean)),
          Optional.of(probabilities));
    }
  }
}
