package org.ppl4j.semantics.ad;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The distribution constructors of the language (LANGUAGE.md §6) as seen by automatic
 * differentiation: each with its parameter names, in order, and whether its draws are
 * discrete. Array parameters ({@code ps}, {@code alphas}, {@code mean}) and the matrix
 * parameter {@code cov} (row-major) are flattened.
 */
public enum Family {
  NORMAL(false, "mu", "sigma"),
  LOGNORMAL(false, "mu", "sigma"),
  STUDENT_T(false, "nu", "mu", "sigma"),
  CAUCHY(false, "loc", "scale"),
  LAPLACE(false, "loc", "scale"),
  UNIFORM(false, "lo", "hi"),
  BETA(false, "a", "b"),
  GAMMA(false, "shape", "rate"),
  INV_GAMMA(false, "shape", "scale"),
  EXPONENTIAL(false, "rate"),
  HALF_NORMAL(false, "sigma"),
  HALF_CAUCHY(false, "scale"),
  BERNOULLI(true, "p"),
  BINOMIAL(true, "n", "p"),
  POISSON(true, "rate"),
  GEOMETRIC(true, "p"),
  NEG_BINOMIAL(true, "r", "p"),
  CATEGORICAL(true, "ps"),
  UNIFORM_INT(true, "lo", "hi"),
  DIRICHLET(false, "alphas"),
  MV_NORMAL(false, "mean", "cov");

  private final boolean discrete;
  private final List<String> parameterNames;

  Family(boolean discrete, String... parameterNames) {
    this.discrete = discrete;
    this.parameterNames = List.of(parameterNames);
  }

  /** The constructor's name in the language, e.g. {@code student_t}. */
  public String languageName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The parameter names, in argument order. */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /** Whether draws are Booleans or integers. */
  public boolean isDiscrete() {
    return discrete;
  }

  /** Whether draws are arrays ({@code dirichlet}, {@code mv_normal}). */
  public boolean isMultivariate() {
    return this == DIRICHLET || this == MV_NORMAL;
  }

  /** The family named {@code name} in the language, if any. */
  public static Optional<Family> byLanguageName(String name) {
    for (Family f : values()) {
      if (f.languageName().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
