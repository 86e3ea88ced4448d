package org.ppl4j.compiler.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A lexical scope (a block, a loop body, a function body): names to bindings. */
final class Scope {
  private final Optional<Scope> parent;
  private final FunctionScope function;
  private final Map<String, Binding> names = new LinkedHashMap<>();

  Scope(Optional<Scope> parent, FunctionScope function) {
    this.parent = parent;
    this.function = function;
  }

  FunctionScope function() {
    return function;
  }

  Scope child() {
    return new Scope(Optional.of(this), function);
  }

  Scope functionBody(FunctionScope body) {
    return new Scope(Optional.of(this), body);
  }

  void bind(Binding b) {
    names.put(b.name(), b);
  }

  Optional<Binding> lookup(String name) {
    for (Scope s = this; ; s = s.parent.get()) {
      Binding b = s.names.get(name);
      if (b != null) {
        return Optional.of(b);
      }
      if (s.parent.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  /** Every name visible here (for suggestions). */
  Set<String> visibleNames() {
    Set<String> out = new TreeSet<>();
    for (Scope s = this; ; s = s.parent.get()) {
      out.addAll(s.names.keySet());
      if (s.parent.isEmpty()) {
        return out;
      }
    }
  }
}
