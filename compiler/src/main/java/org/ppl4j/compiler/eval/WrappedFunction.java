package org.ppl4j.compiler.eval;

/**
 * The shared part of the functions that wrap another and remember its results ({@code mem(f)},
 * {@code cache(f)}): the wrapped function, a display name {@code wrapper(f)}, and {@code f}'s
 * arity. Each subclass keeps its own table and says where it lives (one execution's
 * {@link State} or the whole run).
 */
abstract class WrappedFunction implements Callable {
  private final Callable function;
  private final String wrapper;

  /** {@code wrapper(function)}, e.g. {@code mem(f)}. */
  WrappedFunction(String wrapper, Callable function) {
    this.wrapper = wrapper;
    this.function = function;
  }

  /** The wrapped function, whose results are remembered. */
  final Callable function() {
    return function;
  }

  @Override
  public final String displayName() {
    return wrapper + "(" + function.displayName() + ")";
  }

  @Override
  public final int arity() {
    return function.arity();
  }

  @Override
  public final boolean accepts(int n) {
    return function.accepts(n);
  }
}
