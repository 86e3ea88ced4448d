package org.ppl4j.compiler.eval;

import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * A builtin function of LANGUAGE.md §6. A builtin is pure (never draws or scores), higher-order
 * (pure when its function arguments are), or an effect ({@code sample}, {@code factor},
 * {@code condition}). Errors in the arguments are {@link IllegalArgumentException}s that the
 * call site reports at its span.
 */
public abstract class Builtin implements Callable {

  /** How a builtin relates to effects, for the compiler's effect analysis. */
  public enum Purity {
    /** Never draws or scores. */
    PURE,
    /** Draws or scores exactly when one of its function arguments does. */
    HIGHER_ORDER,
    /** Draws or scores. */
    EFFECT
  }

  private final String name;
  private final int minArity;
  private final int maxArity;
  private final Purity purity;

  Builtin(String name, int minArity, int maxArity, Purity purity) {
    this.name = name;
    this.minArity = minArity;
    this.maxArity = maxArity;
    this.purity = purity;
  }

  /** The builtin's name in the language. */
  public String name() {
    return name;
  }

  /** Its relation to effects. */
  public Purity purity() {
    return purity;
  }

  /** For a higher-order builtin, the index of its function argument. */
  public int functionArgument() {
    return 0;
  }

  /** The fewest arguments it takes. */
  public int minArity() {
    return minArity;
  }

  @Override
  public String displayName() {
    return name;
  }

  @Override
  public int arity() {
    return maxArity;
  }

  @Override
  public boolean accepts(int n) {
    return n >= minArity && n <= maxArity;
  }

  @Override
  public boolean isPure(Value[] args) {
    if (purity == Purity.EFFECT) {
      return false;
    }
    for (Value a : args) {
      if (a instanceof Callable f && !f.isPure(new Value[0]) && purity == Purity.HIGHER_ORDER) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
    return EffCode.done(caller.withValue(callPure(args, caller.depth())), k);
  }
}
