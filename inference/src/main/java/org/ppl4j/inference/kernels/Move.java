package org.ppl4j.inference.kernels;

import org.ppl4j.inference.traced.Trace;

/**
 * The outcome of one MH kernel step: the next state ({@code current} itself after a
 * rejection), whether the proposal was accepted, and whether it was rejected because the
 * program's path would have changed (what an adaptive sampler learns to send to prior
 * re-draws).
 *
 * @param trace the next state
 * @param accepted whether the proposal was accepted
 * @param pathChanged whether the proposal left the program's path
 */
public record Move<A>(Trace<A> trace, boolean accepted, boolean pathChanged) {

  /** A step that stays at {@code trace}. */
  public static <A> Move<A> stay(Trace<A> trace, boolean pathChanged) {
    return new Move<>(trace, false, pathChanged);
  }
}
