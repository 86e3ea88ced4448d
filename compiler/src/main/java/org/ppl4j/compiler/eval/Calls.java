package org.ppl4j.compiler.eval;

import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/** What every call site checks: the callee is a function taking that many arguments. */
final class Calls {
  private Calls() {}

  static Callable callee(Value v, int argCount, SourceSpan span) {
    if (!(v instanceof Callable f)) {
      throw Fail.at(span, "cannot call a value of type " + TypeCheck.describe(v)
          + " (not a function)");
    }
    if (!f.accepts(argCount)) {
      throw Fail.at(span, "'" + f.displayName() + "' takes " + plural(f.arity(), "argument")
          + ", got " + argCount);
    }
    return f;
  }

  static Value[] values(PureCode[] args, Value[] frame, int depth) {
    Value[] out = new Value[args.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = args[i].eval(frame, depth);
    }
    return out;
  }

  /**
   * Whether a failure of {@code observe x ~ kind(...)} is about a parameter (reported at the
   * distribution) rather than the observed value (reported at the statement).
   */
  static boolean isParameterError(IllegalArgumentException e, Family kind) {
    String m = String.valueOf(e.getMessage());
    return !m.startsWith("'" + kind.languageName() + "' is a distribution over");
  }

  /**
   * Whether the call {@code f(values)} is pure; an argument error found while deciding (a
   * builtin reading its options) is placed at {@code span}.
   */
  static boolean isPure(Callable f, Value[] values, SourceSpan span) {
    try {
      return f.isPure(values);
    } catch (IllegalArgumentException e) {
      throw Fail.at(span, e);
    }
  }

  /**
   * {@code f(args)} from a builtin's loop, which may run after a suspension (outside the
   * call site's own error handling): argument and recursion errors are placed at {@code site}.
   */
  static Model<State> callAt(Callable f, Value[] args, State state, SourceSpan site,
      EffCode.Cont k) {
    try {
      return f.call(args, state, site, k);
    } catch (IllegalArgumentException e) {
      throw Fail.at(site, e);
    } catch (RecursionLimit | StackOverflowError e) {
      throw tooDeep(f, site);
    }
  }

  /**
   * The result of the direct call {@code f(values)} from direct-call depth {@code depth},
   * continued on a {@link DeepStack} worker every {@link DeepStack#HOP} levels when not already
   * on one; argument errors and running out of stack are reported at {@code span}.
   */
  static Value direct(Callable f, Value[] values, int depth, SourceSpan span) {
    try {
      if (DeepStack.needsHop(depth)) {
        return DeepStack.onFreshStack(() -> f.callPure(values, depth));
      }
      return f.callPure(values, depth);
    } catch (IllegalArgumentException e) {
      throw Fail.at(span, e);
    } catch (RecursionLimit | StackOverflowError e) {
      throw tooDeep(f, span);
    }
  }

  /**
   * The located "recursion too deep" error of a call of {@code f} at {@code span}, handed at
   * once to the thread waiting for this deep-stack worker, if any ({@link DeepStack#failEarly}).
   */
  static PplException tooDeep(Callable f, SourceSpan span) {
    PplException error = Fail.at(span, RecursionLimit.message(f.displayName()));
    DeepStack.failEarly(error);
    return error;
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
