package org.ppl4j.semantics.nested;

import java.util.List;

/**
 * The shared part of the inner methods that draw ({@code importance}, {@code rejection},
 * {@code smc}): a name, the one count option each reads ({@code particles} or
 * {@code samples}) and a generator in every request ({@link #isRandom()} is true). A subclass
 * writes only {@link #run}; the name and option stay what {@code infer}'s option check and
 * error messages quote.
 */
public abstract class SamplingMethod implements NestedMethod {
  private final String name;
  private final String countOption;

  /** A drawing method called {@code name} whose size is the option {@code countOption}. */
  protected SamplingMethod(String name, String countOption) {
    this.name = name;
    this.countOption = countOption;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> optionNames() {
    return List.of(countOption);
  }

  @Override
  public final boolean isRandom() {
    return true;
  }

  /** The request's count option, or {@code otherwise} when it does not give one. */
  protected final int count(NestedRequest request, int otherwise) {
    return request.option(countOption, otherwise);
  }
}
