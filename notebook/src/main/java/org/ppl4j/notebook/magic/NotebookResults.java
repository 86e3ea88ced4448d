package org.ppl4j.notebook.magic;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * The posteriors the {@code %%ppl} magic produced in this JVM, by the notebook variable they
 * are bound to. The magic declares that variable by evaluating
 * {@code var NAME = org.ppl4j.notebook.magic.NotebookResults.get("NAME");} in the notebook,
 * which is how a value crosses from the kernel into the user's JShell session.
 */
public final class NotebookResults {

  private static final Map<String, Posterior<Value>> RESULTS = new ConcurrentHashMap<>();

  private NotebookResults() {}

  /**
   * The posterior last bound to {@code variable}.
   *
   * @throws IllegalArgumentException if no {@code %%ppl} cell bound it
   */
  public static Posterior<Value> get(String variable) {
    return find(variable).orElseThrow(() -> new IllegalArgumentException(
        "no %%ppl result is bound to '" + variable + "'"));
  }

  /** The posterior last bound to {@code variable}, if any. */
  public static Optional<Posterior<Value>> find(String variable) {
    return Optional.ofNullable(RESULTS.get(variable));
  }

  static void put(String variable, Posterior<Value> posterior) {
    RESULTS.put(variable, posterior);
  }
}
