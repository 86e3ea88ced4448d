package org.ppl4j.semantics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.random.Rng;

/** The one interpreter loop: stack-safe, stops where told, reusable. */
class HandlerTest {

  /** Counts draws and scores; stops at score number {@code stopAt} (never when negative). */
  static final class Counting extends Handler<Integer, String> {
    final int stopAt;
    int draws;
    int scores;

    Counting(int stopAt) {
      this.stopAt = stopAt;
    }

    @Override
    protected String onDone(Integer value) {
      return "done " + value + " after " + draws + " draws, " + scores + " scores";
    }

    @Override
    protected <X> Model<Integer> onSample(Step.Sampled<X, Integer> sampled) {
      draws++;
      return sampled.resumeWithDraw(Rng.seeded(draws));
    }

    @Override
    protected Model<Integer> onScore(Step.Scored<Integer> scored) {
      scores++;
      return scores == stopAt ? stop("stopped at score " + scores) : scored.resumeAfter();
    }
  }

  /** {@code n} rounds of a draw then a score, left-nested binds: deep for a naive fold. */
  static Model<Integer> rounds(int n) {
    Model<Integer> m = Model.pure(0);
    for (int i = 0; i < n; i++) {
      m = m.flatMap(k -> Model.sample(Distributions.normal(0, 1)).flatMap(x -> Model.score(-0.5))
          .map(u -> k + 1));
    }
    return m;
  }

  @Test
  void runsAMillionEffectsWithoutGrowingTheStack() {
    assertEquals("done 500000 after 500000 draws, 500000 scores",
        new Counting(-1).run(rounds(500_000)));
  }

  @Test
  void stopEndsTheRunWhereTheHandlerSays() {
    Counting h = new Counting(3);
    assertEquals("stopped at score 3", h.run(rounds(10)));
    assertEquals(3, h.draws);
  }

  @Test
  void aHandlerThatStoppedRunsTheNextModelToItsEnd() {
    Counting h = new Counting(2);
    assertEquals("stopped at score 2", h.run(rounds(5)));
    assertEquals("done 0 after 2 draws, 2 scores", h.run(Model.pure(0)));
  }
}
