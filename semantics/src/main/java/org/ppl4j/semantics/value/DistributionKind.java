package org.ppl4j.semantics.value;

import java.util.List;
import java.util.Optional;

/**
 * The distribution constructors of the language (LANGUAGE.md §6): name, parameter names (in
 * order) and the type of a draw.
 */
public enum DistributionKind {
  NORMAL("normal", ValueType.REAL, "mu", "sigma"),
  LOGNORMAL("lognormal", ValueType.REAL, "mu", "sigma"),
  STUDENT_T("student_t", ValueType.REAL, "nu", "mu", "sigma"),
  CAUCHY("cauchy", ValueType.REAL, "loc", "scale"),
  LAPLACE("laplace", ValueType.REAL, "loc", "scale"),
  UNIFORM("uniform", ValueType.REAL, "lo", "hi"),
  BETA("beta", ValueType.REAL, "a", "b"),
  GAMMA("gamma", ValueType.REAL, "shape", "rate"),
  INV_GAMMA("inv_gamma", ValueType.REAL, "shape", "scale"),
  EXPONENTIAL("exponential", ValueType.REAL, "rate"),
  HALF_NORMAL("half_normal", ValueType.REAL, "sigma"),
  HALF_CAUCHY("half_cauchy", ValueType.REAL, "scale"),
  BERNOULLI("bernoulli", ValueType.BOOL, "p"),
  BINOMIAL("binomial", ValueType.INT, "n", "p"),
  POISSON("poisson", ValueType.INT, "rate"),
  GEOMETRIC("geometric", ValueType.INT, "p"),
  NEG_BINOMIAL("neg_binomial", ValueType.INT, "r", "p"),
  CATEGORICAL("categorical", ValueType.INT, "ps"),
  UNIFORM_INT("uniform_int", ValueType.INT, "lo", "hi"),
  DIRICHLET("dirichlet", ValueType.REAL_ARRAY, "alphas"),
  MV_NORMAL("mv_normal", ValueType.REAL_ARRAY, "mean", "cov");

  /** The type of a draw. */
  public enum ValueType { REAL, INT, BOOL, REAL_ARRAY }

  private final String languageName;
  private final ValueType valueType;
  private final List<String> parameters;

  DistributionKind(String languageName, ValueType valueType, String... parameters) {
    this.languageName = languageName;
    this.valueType = valueType;
    this.parameters = List.of(parameters);
  }

  /** The constructor's name in the language, e.g. {@code student_t}. */
  public String languageName() {
    return languageName;
  }

  /** The type of a draw. */
  public ValueType valueType() {
    return valueType;
  }

  /** The parameter names, in order. */
  public List<String> parameters() {
    return parameters;
  }

  /** Whether every parameter is a real number (so the parameters fit a {@code double[]}). */
  public boolean hasRealParameters() {
    return switch (this) {
      case BINOMIAL, CATEGORICAL, UNIFORM_INT, DIRICHLET, MV_NORMAL -> false;
      default -> true;
    };
  }

  /** The number of parameters. */
  public int arity() {
    return parameters.size();
  }

  /** The constructor called {@code name} in the language, if any. */
  public static Optional<DistributionKind> byName(String name) {
    for (DistributionKind k : values()) {
      if (k.languageName.equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
