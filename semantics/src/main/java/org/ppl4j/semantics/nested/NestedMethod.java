package org.ppl4j.semantics.nested;

import java.util.List;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * An inference method that {@code infer(f, {method: ...})} can run on an inner model
 * (LANGUAGE.md §9.3): it turns the model into an {@link InferDistribution}, its normalised
 * posterior (exact or empirical) and its log evidence.
 *
 * <p>The methods that need only the core ({@code enumerate}, {@code rejection},
 * {@code importance}) are in this package; others ({@code smc}) are provided by the
 * {@code inference} module as services ({@link java.util.ServiceLoader}), so that this module
 * and the compiler do not depend on it. {@link NestedMethods} is the one registry.
 */
public interface NestedMethod {

  /** The method's name as the {@code method} option writes it, e.g. {@code "smc"}. */
  String name();

  /** The names of the options it reads besides {@code method}, e.g. {@code particles}. */
  List<String> optionNames();

  /** Whether it draws random numbers (then the request carries a generator). */
  boolean isRandom();

  /**
   * The posterior of {@code model}.
   *
   * @throws IllegalArgumentException when every execution of the model has zero weight (the
   *     caller places it at the {@code infer} call)
   * @throws org.ppl4j.semantics.infer.InferenceException when the method cannot run the model
   *     (a continuous draw under enumeration), naming the site
   */
  InferDistribution run(Model<Value> model, NestedRequest request);
}
