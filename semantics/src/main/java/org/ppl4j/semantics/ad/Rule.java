package org.ppl4j.semantics.ad;

/**
 * How one tape node computes its value and its partial derivatives from its parents' values:
 * what lets a recorded tape be replayed at new inputs ({@link CompiledDensity}) instead of
 * re-running the program that built it. A rule must be a pure function of its arguments and of
 * constants it captured when the node was recorded (data, never a parameter's value), and safe
 * to call from several threads at once.
 *
 * <p>This is the operator-overloading tape of Griewank and Walther ("Evaluating Derivatives",
 * 2nd ed., ch. 3 and 6) with each operation's local derivative kept as a function rather than a
 * number, so the same straight-line program runs forward and backward at any point.
 */
@FunctionalInterface
public interface Rule {

  /**
   * The node's value at parent values {@code in[0..n)}, writing {@code d value / d in[i]} into
   * {@code partials[i]} when {@code partials} is not null.
   *
   * @param constant the number recorded with the node (e.g. the {@code c} of {@code x + c});
   *     rules that captured their constants ignore it
   * @throws IllegalArgumentException when the parents are outside the rule's domain in a way
   *     the language reports as an error (a replay then hands the point to the interpreter)
   */
  double apply(double[] in, int n, double constant, double[] partials);

  /**
   * Whether this rule may throw for some arguments (a distribution's parameter outside its
   * domain), so that a replay must run it even where the output does not depend on it; false
   * only for rules that are total functions (arithmetic).
   */
  default boolean canReject() {
    return true;
  }

  /**
   * The node's value at many points at once (a population of particles):
   * {@code out[p] = apply(parents[0][p], ..., parents[n-1][p])} for {@code p} in
   * {@code [lo, hi)}, without partials; a point where {@code skip[p]} is {@code -inf} (a
   * particle whose run has stopped) gets NaN when this rule {@link #canReject}s. Rules with
   * per-call set-up (a family's terms) override it to do that set-up once.
   *
   * @param in scratch of at least {@code parents.length} numbers
   * @throws IllegalArgumentException as {@link #apply}
   */
  default void applyEach(double[][] parents, double constant, double[] out, int lo, int hi,
      double[] skip, double[] in) {
    int n = parents.length;
    boolean rejects = canReject();
    for (int p = lo; p < hi; p++) {
      if (rejects && skip[p] == Double.NEGATIVE_INFINITY) {
        out[p] = Double.NaN;
        continue;
      }
      for (int j = 0; j < n; j++) {
        in[j] = parents[j][p];
      }
      out[p] = apply(in, n, constant, null);
    }
  }
}
