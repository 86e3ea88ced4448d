package org.ppl4j.proofs.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ppl4j.semantics.random.Rng;

/**
 * An "exhaustive random" source (after Blang's ExhaustiveDebugRandom): run an algorithm once per
 * path of its own draws, every path with its exact probability. {@code nextInt(m)} branches into
 * the {@code m} outcomes; {@code nextDouble()} branches into {@code gridSize} equiprobable cells
 * and returns the cell's midpoint. That is exact for an algorithm whose behaviour is constant
 * on each cell, i.e. that compares its uniforms only against thresholds that are multiples of
 * {@code 1/gridSize}: the test models choose their weights so that this holds (normalised
 * weights in thirds and halves with a grid of 6). {@code split()} returns this source, so runs
 * must be single-threaded and deterministic given their draws (checked: a replayed draw with a
 * different number of outcomes fails).
 */
final class ExhaustiveRng implements Rng {
  /** One path's outcome and probability. */
  record Outcome<R>(double probability, R result) {}

  private final int gridSize;
  private final List<Integer> path = new ArrayList<>();
  private final List<Integer> arity = new ArrayList<>();
  private int depth;
  private double probability = 1;

  private ExhaustiveRng(int gridSize) {
    this.gridSize = gridSize;
  }

  /** Runs {@code algorithm} on every path of its draws; probabilities sum to 1. */
  static <R> List<Outcome<R>> enumerate(int gridSize, Function<Rng, R> algorithm) {
    ExhaustiveRng rng = new ExhaustiveRng(gridSize);
    List<Outcome<R>> out = new ArrayList<>();
    do {
      rng.depth = 0;
      rng.probability = 1;
      R result = algorithm.apply(rng);
      if (rng.depth != rng.path.size()) {
        throw new AssertionError("run used fewer draws than the replayed path");
      }
      out.add(new Outcome<>(rng.probability, result));
    } while (rng.nextPath());
    return out;
  }

  private boolean nextPath() {
    while (!path.isEmpty()) {
      int last = path.size() - 1;
      if (path.get(last) + 1 < arity.get(last)) {
        path.set(last, path.get(last) + 1);
        return true;
      }
      path.remove(last);
      arity.remove(last);
    }
    return false;
  }

  private int choose(int outcomes) {
    int index;
    if (depth < path.size()) {
      if (arity.get(depth) != outcomes) {
        throw new AssertionError("non-deterministic replay at draw " + depth);
      }
      index = path.get(depth);
    } else {
      path.add(0);
      arity.add(outcomes);
      index = 0;
    }
    depth++;
    probability /= outcomes;
    return index;
  }

  @Override
  public double nextDouble() {
    return (choose(gridSize) + 0.5) / gridSize;
  }

  @Override
  public int nextInt(int bound) {
    return choose(bound);
  }

  @Override
  public long nextLong() {
    throw new UnsupportedOperationException("the exhaustive source enumerates only finite draws");
  }

  @Override
  public double nextGaussian() {
    throw new UnsupportedOperationException("the exhaustive source enumerates only finite draws");
  }

  @Override
  public Rng split() {
    return this;
  }
}
