package org.ppl4j.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.compiler.eval.EffCode;
import org.ppl4j.compiler.eval.EffectNodes;
import org.ppl4j.compiler.eval.PureCode;

/**
 * The lowering of an expression or statement: pure code when no draw, score or unknown call can
 * happen in it (the effect analysis), else effectful code.
 */
sealed interface Lowered {

  /** Deterministic code, evaluated directly. */
  record Pure(PureCode code) implements Lowered {}

  /** Code that may draw or score, run through the model. */
  record Eff(EffCode code) implements Lowered {}

  /** This code as an effectful step. */
  default EffCode asEff() {
    if (this instanceof Pure p) {
      return new EffectNodes.Lift(p.code());
    }
    return ((Eff) this).code();
  }

  /** Whether this is pure code. */
  default boolean isPure() {
    return this instanceof Pure;
  }

  /**
   * A sequence of lowered steps: pure if all are, else effectful, with runs of consecutive
   * pure steps merged into one direct step.
   */
  static Lowered sequence(List<Lowered> steps) {
    if (steps.stream().allMatch(Lowered::isPure)) {
      PureCode[] codes = steps.stream().map(s -> ((Pure) s).code()).toArray(PureCode[]::new);
      return new Pure(codes.length == 1 ? codes[0]
          : new org.ppl4j.compiler.eval.ControlNodes.Seq(codes));
    }
    List<EffCode> out = new ArrayList<>();
    List<PureCode> run = new ArrayList<>();
    for (Lowered s : steps) {
      if (s instanceof Pure p) {
        run.add(p.code());
      } else {
        flush(run, out);
        out.add(((Eff) s).code());
      }
    }
    flush(run, out);
    return new Eff(out.size() == 1 ? out.get(0)
        : new EffectNodes.Seq(out.toArray(EffCode[]::new)));
  }

  private static void flush(List<PureCode> run, List<EffCode> out) {
    if (run.isEmpty()) {
      return;
    }
    PureCode code = run.size() == 1 ? run.get(0)
        : new org.ppl4j.compiler.eval.ControlNodes.Seq(run.toArray(PureCode[]::new));
    out.add(new EffectNodes.Lift(code));
    run.clear();
  }
}
