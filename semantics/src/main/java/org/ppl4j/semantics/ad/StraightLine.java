package org.ppl4j.semantics.ad;

/**
 * One recorded run of a program as a straight-line program: every node's {@link Rule} (null
 * for an independent variable), the constant recorded with it, and its parents, in recording
 * order, so that the run can be replayed at other values of its variables. It is the tape of
 * {@link Tape#startRecording()} taken as it stands, without the passes that a compiled density
 * applies ({@link CompiledDensity}): a replay over a whole population of particles
 * (batched SMC) needs the nodes in program order, each draw and each score where the program
 * made it ("record once, replay many", Griewank and Walther, "Evaluating Derivatives", 2nd ed.,
 * §6.1).
 *
 * @param rules each node's rule, or null for a variable
 * @param constants each node's recorded constant
 * @param edgeStart node {@code i}'s parents are {@code parents[edgeStart[i] .. edgeStart[i+1])}
 * @param parents the parent node indices, node by node
 */
public record StraightLine(Rule[] rules, double[] constants, int[] edgeStart, int[] parents) {

  /** What {@link Tape#straightLine()} gives: the run or why it cannot be replayed. */
  public sealed interface Outcome {
    /** The run as a straight-line program. */
    record Recorded(StraightLine line) implements Outcome {}

    /** The run cannot be replayed, for {@code reason}. */
    record NotReplayable(String reason) implements Outcome {}
  }

  /** The number of nodes. */
  public int size() {
    return rules.length;
  }

  /** The number of parents of node {@code i}. */
  public int arity(int i) {
    return edgeStart[i + 1] - edgeStart[i];
  }
}
