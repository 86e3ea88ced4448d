package org.ppl4j.compiler.check;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for unknown names: the closest candidate by optimal-string-alignment distance
 * (Levenshtein with transpositions), if it is close enough for the name's length.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to {@code name}, if within the allowed distance. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equals(name)) {
        continue;
      }
      int d = c.equalsIgnoreCase(name) ? 0 : distance(name, c);
      if (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = name.length() <= 3 ? 1 : name.length() <= 6 ? 2 : 3;
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The message suffix {@code " (did you mean 'x'?)"} or nothing. */
  public static String hint(String name, Collection<String> candidates) {
    return closest(name, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** Optimal string alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
