package org.ppl4j.runner.method;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inference methods known to the command, by name, in registration order. Immutable;
 * built by {@link StandardMethods#registry()} for the command line, or from any list in tests.
 */
public final class MethodRegistry {
  private final Map<String, InferenceMethod> byName;
  private final List<String> defaultPreference;

  /**
   * A registry of {@code methods}.
   *
   * @param methods distinct names
   * @param defaultPreference names tried in order to pick the method used without
   *     {@code --method}; the first registered one wins
   */
  public MethodRegistry(List<InferenceMethod> methods, List<String> defaultPreference) {
    Map<String, InferenceMethod> map = new LinkedHashMap<>();
    for (InferenceMethod m : methods) {
      if (map.put(m.name(), m) != null) {
        throw new IllegalArgumentException("two methods named '" + m.name() + "'");
      }
    }
    this.byName = Collections.unmodifiableMap(map);
    this.defaultPreference = List.copyOf(defaultPreference);
  }

  /** The method called {@code name}, if registered. */
  public Optional<InferenceMethod> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The registered names, in registration order. */
  public Collection<String> names() {
    return byName.keySet();
  }

  /** The registered methods, in registration order. */
  public Collection<InferenceMethod> methods() {
    return byName.values();
  }

  /** The method used when {@code --method} is not given, if any method is registered. */
  public Optional<InferenceMethod> defaultMethod() {
    return defaultPreference.stream()
        .filter(byName::containsKey)
        .map(byName::get)
        .findFirst()
        .or(() -> byName.values().stream().findFirst());
  }
}
