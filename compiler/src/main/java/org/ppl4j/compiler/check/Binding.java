package org.ppl4j.compiler.check;

import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;

/**
 * A name bound by the program (data, {@code let}, {@code ~}, parameter, loop variable,
 * {@code fun}): the function whose frame holds it and its slot there. Identity matters: two
 * bindings of the same name are different bindings (shadowing gets a fresh slot).
 */
public final class Binding {

  /** What bound the name. */
  public enum Kind { DATA, LET, SAMPLE, PARAM, LOOP, FUN }

  private final String name;
  private final Kind kind;
  private final SourceSpan span;
  private final FunctionScope owner;
  private final int slot;
  private final Optional<List<String>> knownParams;
  private final Optional<PplType> declaredType;

  Binding(String name, Kind kind, SourceSpan span, FunctionScope owner,
      Optional<List<String>> knownParams, Optional<PplType> declaredType) {
    this.name = name;
    this.kind = kind;
    this.span = span;
    this.owner = owner;
    this.slot = owner.newSlot();
    this.knownParams = knownParams;
    this.declaredType = declaredType;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** What bound it. */
  public Kind kind() {
    return kind;
  }

  /** Where it is bound. */
  public SourceSpan span() {
    return span;
  }

  /** The function whose frame holds it. */
  public FunctionScope owner() {
    return owner;
  }

  /** Its slot in the owner's frame. */
  public int slot() {
    return slot;
  }

  /** The parameter names when the name is bound to a known function ({@code fun}, {@code fn}). */
  public Optional<List<String>> knownParams() {
    return knownParams;
  }

  /** The declared type of a data input. */
  public Optional<PplType> declaredType() {
    return declaredType;
  }
}
