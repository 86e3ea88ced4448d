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

  /**
   * One leaf's exact posterior moments (kurtosis = fourth central moment / sd^4, 3 for a normal
   * posterior; it sets the standard error of a sample sd) and, for a discrete leaf, its
   * probabilities.
   */
  record Leaf(double mean, double sd, double kurtosis,
      Optional<Map<String, Double>> probabilities) {
    /** A normal posterior (kurtosis 3). */
    static Leaf continuous(double mean, double sd) {
      return continuous(mean, sd, 3);
    }

    static Leaf continuous(double mean, double sd, double kurtosis) {
      return new Leaf(mean, sd, kurtosis, Optional.empty());
    }

    /** A discrete leaf from value to probability (keys as in the JSON output). */
    static Leaf discrete(Map<Double, Double> pmf, boolean bool) {
      double mean = 0;
      for (Map.Entry<Double, Double> e : pmf.entrySet()) {
        mean += e.getKey() * e.getValue();
      }
      double second = 0;
      double fourth = 0;
      Map<String, Double> probabilities = new LinkedHashMap<>();
      for (Map.Entry<Double, Double> e : pmf.entrySet()) {
        double d = e.getKey() - mean;
        second += d * d * e.getValue();
        fourth += d * d * d * d * e.getValue();
        String key = bool ? (e.getKey() == 1 ? "1" : "0")
            : Long.toString(Math.round(e.getKey()));
        probabilities.put(key, e.getValue());
      }
      return new Leaf(mean, Math.sqrt(second), second > 0 ? fourth / (second * second) : 3,
          Optional.of(probabilities));
    }
  }
}
