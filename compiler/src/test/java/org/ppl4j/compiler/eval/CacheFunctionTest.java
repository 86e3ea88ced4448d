package org.ppl4j.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code cache(f)}: {@code f} runs once per distinct argument across every {@code cache(f)} of
 * the same function (as if made in different executions), also when called from several
 * threads at once; arguments or captured values carrying derivatives are not cached; keys of
 * closures compare code and captured values.
 */
class CacheFunctionTest {

  /** {@code x -> 2x}, counting its calls. */
  private static final class Doubling implements Callable {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String displayName() {
      return "doubling";
    }

    @Override
    public int arity() {
      return 1;
    }

    @Override
    public boolean isPure(Value[] args) {
      return true;
    }

    @Override
    public Value callPure(Value[] args, int depth) {
      calls.incrementAndGet();
      return new IntValue(2 * ((IntValue) args[0]).value());
    }

    @Override
    public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
      return EffCode.done(caller.withValue(callPure(args, caller.depth())), k);
    }
  }

  @Test
  void calledOncePerArgumentAcrossExecutions() {
    Doubling f = new Doubling();
    CacheFunction first = CacheFunction.of(f);
    CacheFunction second = CacheFunction.of(f); // cache(f) evaluated again, another execution
    for (long x : new long[] {1, 2, 1, 2, 3, 1}) {
      assertEquals(new IntValue(2 * x), first.callPure(new Value[] {new IntValue(x)}, 0));
      assertEquals(new IntValue(2 * x), second.callPure(new Value[] {new IntValue(x)}, 0));
    }
    assertEquals(3, f.calls.get(), "one call for each of 1, 2, 3");
  }

  @Test
  void calledOncePerArgumentFromManyThreads() throws Exception {
    Doubling f = new Doubling();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        CacheFunction g = CacheFunction.of(f);
        for (int round = 0; round < 50; round++) {
          for (long x = 0; x < 20; x++) {
            assertEquals(new IntValue(2 * x), g.callPure(new Value[] {new IntValue(x)}, 0));
          }
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    // two threads may compute one argument at once before either stores it: at most one
    // extra call per argument and thread, and every caller gets the same (first stored) value
    assertEquals(20, Math.min(20, f.calls.get()));
    org.junit.jupiter.api.Assertions.assertTrue(f.calls.get() <= 20 * threads.length);
  }

  @Test
  void argumentsWithDerivativesAreNotCached() {
    Doubling f = new Doubling();
    org.ppl4j.semantics.ad.Tape tape = new org.ppl4j.semantics.ad.Tape();
    Value ad = org.ppl4j.semantics.value.AdArith.of(tape.variable(1.5));
    assertSame(CapturedValues.UNCACHEABLE, CapturedValues.key(ad));
    assertSame(CapturedValues.UNCACHEABLE,
        CapturedValues.key(new ArrayValue(List.of(new RealValue(1), ad))));
    assertEquals(CapturedValues.key(new ArrayValue(List.of(new RealValue(1)))),
        CapturedValues.key(new ArrayValue(List.of(new RealValue(1)))));
    assertNotEquals(CapturedValues.key(new RealValue(1)), CapturedValues.key(new RealValue(2)));
    assertEquals(0, f.calls.get());
  }
}
