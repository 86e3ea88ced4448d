package org.ppl4j.compiler.eval;

import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.value.Value;

/**
 * The code of a {@code fun} or {@code fn}: its frame layout and its body, lowered either to
 * pure code (a call is evaluated directly) or to effectful code. The body is set once, after
 * lowering (a recursive function's body refers to this object).
 */
public final class CompiledFunction {
  private final String name;
  private final int[] paramSlots;
  private final List<String> paramNames;
  private final List<Optional<PplType>> paramTypes;
  private final int[] captureSlots;
  private int frameSize;
  private PureCode pureBody;
  private EffCode effBody;

  /**
   * A function whose body is not lowered yet.
   *
   * @param captureSlots the slots in the body's frame that receive the captured values
   */
  public CompiledFunction(String name, List<String> paramNames, int[] paramSlots,
      List<Optional<PplType>> paramTypes, int[] captureSlots) {
    this.name = name;
    this.paramNames = List.copyOf(paramNames);
    this.paramSlots = paramSlots.clone();
    this.paramTypes = List.copyOf(paramTypes);
    this.captureSlots = captureSlots.clone();
  }

  /** Sets the lowered body (exactly one of the two is present) and the frame size. */
  public void define(Optional<PureCode> pure, Optional<EffCode> eff, int frameSize) {
    this.pureBody = pure.orElse(null);
    this.effBody = eff.orElse(null);
    this.frameSize = frameSize;
  }

  String name() {
    return name;
  }

  int arity() {
    return paramSlots.length;
  }

  boolean isPure() {
    return pureBody != null;
  }

  /** Whether a call never draws or scores (its body was lowered to pure code). */
  public boolean isPureFunction() {
    return pureBody != null;
  }

  PureCode pureBody() {
    return pureBody;
  }

  EffCode effBody() {
    return effBody;
  }

  /** A fresh frame holding the captured values and the arguments. */
  Value[] frame(Value[] captured, Value[] args) {
    Value[] frame = new Value[frameSize];
    for (int i = 0; i < captureSlots.length; i++) {
      frame[captureSlots[i]] = captured[i];
    }
    for (int i = 0; i < paramSlots.length; i++) {
      Optional<PplType> type = paramTypes.get(i);
      if (type.isPresent()) {
        frame[paramSlots[i]] = TypeCheck.argument(type.get(), args[i], paramNames.get(i), name);
      } else {
        frame[paramSlots[i]] = args[i];
      }
    }
    return frame;
  }
}
