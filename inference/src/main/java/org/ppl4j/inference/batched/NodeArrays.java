package org.ppl4j.inference.batched;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.ppl4j.semantics.transform.ParticleProgram;

/**
 * The population's values as a structure of arrays: one {@code double[n]} per node of the
 * {@link ParticleProgram} that is still needed (its last use, by a later node, a draw's
 * parameter or the result, is ahead), allocated when the node is first computed and returned
 * to a pool once it is dead, so a long run allocates no arrays after its first steps.
 * {@link #permute} applies a resampling's ancestors to every live array, which is resampling
 * the particles' states: offspring k becomes a copy of particle {@code ancestors[k]}.
 */
final class NodeArrays {
  private final int n;
  private final double[][] values;
  /** Per node: the last event position (node index) that reads it; MAX for results. */
  private final int[] lastUse;
  private final ArrayDeque<double[]> pool = new ArrayDeque<>();
  private final java.util.BitSet liveNodes = new java.util.BitSet();
  private int peakLive;
  private int live;

  NodeArrays(ParticleProgram program, int n) {
    this.n = n;
    int size = program.line().size();
    this.values = new double[size][];
    this.lastUse = new int[size];
    for (int i = 0; i < size; i++) {
      lastUse[i] = i;
      for (int e = program.line().edgeStart()[i]; e < program.line().edgeStart()[i + 1]; e++) {
        int parent = program.line().parents()[e];
        lastUse[parent] = Math.max(lastUse[parent], i);
      }
    }
    for (ParticleProgram.Event event : program.events()) {
      if (event instanceof ParticleProgram.Event.Draw d) {
        for (int s : d.source()) {
          if (s >= 0) {
            lastUse[s] = Math.max(lastUse[s], d.firstInput() + d.elements() - 1);
          }
        }
      }
    }
    for (int r : program.resultNodes()) {
      if (r >= 0) {
        lastUse[r] = Integer.MAX_VALUE;
      }
    }
  }

  /** The arrays, indexed by node (null where not live). */
  double[][] values() {
    return values;
  }

  /** Makes sure nodes {@code [from, to)} have arrays. */
  void allocate(int from, int to) {
    for (int i = from; i < to; i++) {
      if (values[i] == null) {
        values[i] = pool.isEmpty() ? new double[n] : pool.pop();
        liveNodes.set(i);
        live++;
      }
    }
    peakLive = Math.max(peakLive, live);
  }

  /** Returns the arrays of nodes below {@code done} that nothing at or after {@code done} reads. */
  void releaseBefore(int done) {
    for (int i = liveNodes.nextSetBit(0); i >= 0 && i < done; i = liveNodes.nextSetBit(i + 1)) {
      if (lastUse[i] < done) {
        pool.push(values[i]);
        values[i] = null;
        liveNodes.clear(i);
        live--;
      }
    }
  }

  /** Offspring k takes particle {@code ancestors[k]}'s value in every live array. */
  void permute(int[] ancestors, org.ppl4j.inference.parallel.Parallelism parallelism) {
    int[] nodes = liveNodes.stream().toArray();
    double[][] copies = new double[nodes.length][];
    for (int k = 0; k < nodes.length; k++) {
      copies[k] = pool.isEmpty() ? new double[n] : pool.pop();
    }
    int blocks = (n + BatchedPopulation.CHUNK - 1) / BatchedPopulation.CHUNK;
    parallelism.forEach(blocks, 1, b -> {
      int from = b * BatchedPopulation.CHUNK;
      int to = Math.min(n, from + BatchedPopulation.CHUNK);
      for (int k = 0; k < nodes.length; k++) {
        double[] v = values[nodes[k]];
        double[] out = copies[k];
        for (int o = from; o < to; o++) {
          out[o] = v[ancestors[o]];
        }
      }
    });
    for (int k = 0; k < nodes.length; k++) {
      pool.push(values[nodes[k]]);
      values[nodes[k]] = copies[k];
    }
  }

  /** The most arrays live at once (for the diagnostics' memory figure). */
  int peakLive() {
    return peakLive;
  }

  @Override
  public String toString() {
    return "NodeArrays(n=" + n + ", live=" + live + ", nodes=" + values.length + ", lastUse="
        + Arrays.toString(Arrays.copyOf(lastUse, Math.min(8, lastUse.length))) + ")";
  }
}
