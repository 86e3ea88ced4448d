package org.ppl4j.compiler.eval;

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
   * {@code f(args)} from a builtin's loop, which may run after a suspension (outside the
   * call site's own error handling): argument and recursion errors are placed at {@code site}.
   */
  static Model<State> callAt(Callable f, Value[] args, State state, SourceSpan site,
      EffCode.Cont k) {
    try {
      return f.call(args, state, site, k);
    } catch (IllegalArgumentException e) {
      throw Fail.at(site, e);
    } catch (RecursionLimit e) {
      throw Fail.at(site, RecursionLimit.message(f.displayName()));
    }
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
