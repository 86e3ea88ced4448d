package org.ppl4j.semantics.nested;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The one registry of the methods {@code infer} can run: those of this package
 * ({@code enumerate}, {@code rejection}, {@code importance}) and those other modules provide
 * as {@link ServiceLoader} services of {@link NestedMethod} ({@code smc}, from the
 * {@code inference} module, listed in its {@code META-INF/services}). The dependency arrows
 * stay as the architecture draws them: the compiler asks this registry, the inference module
 * implements the interface, and the runner puts both on the class path.
 */
public final class NestedMethods {
  /** The methods the language names (LANGUAGE.md §9.3), whether or not they are loaded. */
  public static final List<String> KNOWN = List.of("enumerate", "rejection", "importance", "smc");

  private static final Map<String, NestedMethod> METHODS = load();

  private NestedMethods() {}

  private static Map<String, NestedMethod> load() {
    Map<String, NestedMethod> all = new LinkedHashMap<>();
    for (NestedMethod m : List.of(new NestedEnumeration(), new NestedSampling.RejectionSampling(),
        new NestedSampling.Importance())) {
      all.put(m.name(), m);
    }
    for (ClassLoader loader : new ClassLoader[] {NestedMethod.class.getClassLoader(),
        Thread.currentThread().getContextClassLoader()}) {
      if (loader != null) {
        ServiceLoader.load(NestedMethod.class, loader).forEach(m -> all.putIfAbsent(m.name(), m));
      }
    }
    return Map.copyOf(all);
  }

  /** The method called {@code name}, if it is loaded. */
  public static Optional<NestedMethod> byName(String name) {
    return Optional.ofNullable(METHODS.get(name));
  }

  /** The exact enumeration, {@code infer}'s default. */
  public static NestedMethod enumerate() {
    return METHODS.get("enumerate");
  }
}
