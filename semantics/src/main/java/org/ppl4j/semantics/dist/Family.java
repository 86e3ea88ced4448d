package org.ppl4j.semantics.dist;

import java.util.List;
import java.util.Optional;

/**
 * The registry of distribution families: every constructor of the language (LANGUAGE.md §6),
 * one line each, in the order of the language reference. Everything that needs the list of
 * families or a fact about one (the compiler's name resolution, the conversion of language
 * values, automatic differentiation, the transforms of gradient-based inference) reads it
 * here, from each family's {@link FamilyDescription}.
 *
 * <p>Adding a family: write its file (the distribution record with its
 * {@code FamilyDescription FAMILY}) and add one line below.
 */
public enum Family {
  NORMAL(Normal.FAMILY),
  LOGNORMAL(LogNormal.FAMILY),
  STUDENT_T(StudentT.FAMILY),
  CAUCHY(Cauchy.FAMILY),
  LAPLACE(Laplace.FAMILY),
  UNIFORM(Uniform.FAMILY),
  BETA(Beta.FAMILY),
  GAMMA(Gamma.FAMILY),
  INV_GAMMA(InvGamma.FAMILY),
  EXPONENTIAL(Exponential.FAMILY),
  HALF_NORMAL(HalfNormal.FAMILY),
  HALF_CAUCHY(HalfCauchy.FAMILY),
  BERNOULLI(Bernoulli.FAMILY),
  BINOMIAL(Binomial.FAMILY),
  POISSON(Poisson.FAMILY),
  GEOMETRIC(Geometric.FAMILY),
  NEG_BINOMIAL(NegBinomial.FAMILY),
  CATEGORICAL(Categorical.FAMILY),
  UNIFORM_INT(UniformInt.FAMILY),
  DIRICHLET(Dirichlet.FAMILY),
  MV_NORMAL(MvNormal.FAMILY),
  GUMBEL(Gumbel.FAMILY);

  private final FamilyDescription description;
  private final List<String> parameters;
  private final boolean realParameters;

  Family(FamilyDescription description) {
    this.description = description;
    this.parameters = description.parameters().stream()
        .map(FamilyDescription.Parameter::name).toList();
    this.realParameters = description.parameters().stream()
        .allMatch(p -> p.domain().shape() == Domain.Shape.REAL);
  }

  /** The family's description. */
  public FamilyDescription description() {
    return description;
  }

  /** The constructor's name in the language, e.g. {@code student_t}. */
  public String languageName() {
    return description.name();
  }

  /** The type of a draw. */
  public ValueType valueType() {
    return description.valueType();
  }

  /** The parameter names, in argument order. */
  public List<String> parameters() {
    return parameters;
  }

  /** The parameter names, in argument order (as {@link #parameters()}). */
  public List<String> parameterNames() {
    return parameters;
  }

  /** The number of parameters. */
  public int arity() {
    return parameters.size();
  }

  /** Whether every parameter is one real number (so the parameters fit a {@code double[]}). */
  public boolean hasRealParameters() {
    return realParameters;
  }

  /** Whether draws are Booleans or integers. */
  public boolean isDiscrete() {
    return description.valueType().isDiscrete();
  }

  /** Whether draws are arrays ({@code dirichlet}, {@code mv_normal}). */
  public boolean isMultivariate() {
    return description.valueType() == ValueType.REAL_ARRAY;
  }

  /** The family called {@code name} in the language, if any. */
  public static Optional<Family> byName(String name) {
    for (Family f : values()) {
      if (f.languageName().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
