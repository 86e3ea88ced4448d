package org.ppl4j.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One function body (or the model body, the root): the frame its bindings and temporaries
 * live in, and the values it captures from enclosing functions (closure conversion: captured
 * values are copied into the closure when it is made).
 */
public final class FunctionScope {

  /**
   * A captured name: the binding, the slot that receives it in this frame, and where to read
   * it in the enclosing frame when the closure is made ({@code self} for a recursive
   * {@code fun} capturing itself).
   */
  public record Capture(Binding binding, int innerSlot, int sourceSlot, boolean self) {}

  private final Optional<FunctionScope> parent;
  private final String name;
  private final Optional<Binding> self;
  private final List<Capture> captures = new ArrayList<>();
  private int slotCount;

  FunctionScope(Optional<FunctionScope> parent, String name, Optional<Binding> self) {
    this.parent = parent;
    this.name = name;
    this.self = self;
  }

  /** The function's name ({@code "anonymous function"} for {@code fn}, the file's for the root). */
  public String name() {
    return name;
  }

  /** The captures, in the order they were found. */
  public List<Capture> captures() {
    return List.copyOf(captures);
  }

  /** The frame size so far; the lowering adds temporaries. */
  public int slotCount() {
    return slotCount;
  }

  /** A fresh slot in this frame. */
  public int newSlot() {
    return slotCount++;
  }

  /** The slot where {@code binding} is found in this frame, capturing it if needed. */
  int slotOf(Binding binding) {
    if (binding.owner() == this) {
      return binding.slot();
    }
    for (Capture c : captures) {
      if (c.binding() == binding) {
        return c.innerSlot();
      }
    }
    boolean isSelf = self.isPresent() && self.get() == binding;
    int source = isSelf ? -1 : parent.orElseThrow().slotOf(binding);
    Capture c = new Capture(binding, newSlot(), source, isSelf);
    captures.add(c);
    return c.innerSlot();
  }
}
