package org.ppl4j.semantics.dist;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.ppl4j.semantics.math.Num;

/**
 * Everything about one distribution family, in one place: its name in the language, its
 * parameters with their domains, the type of a draw, the constructor of its distribution
 * (which validates the parameters and carries the sampler and the support) and its log
 * density written once over {@link Num}. Each family's file defines one; {@link Family} lists
 * them all.
 *
 * @param name the constructor's name in the language, e.g. {@code student_t}
 * @param valueType the type of a draw
 * @param parameters the parameters in argument order
 * @param constructor builds the family's distribution from validated-on-construction arguments;
 *     throws {@link IllegalArgumentException} naming the family and parameter for a value
 *     outside its domain
 * @param density the log density over any number type
 * @param term the same log density with its partials in closed form, for the families that
 *     have one ({@link ScalarTerm}); empty otherwise
 */
public record FamilyDescription(String name, ValueType valueType, List<Parameter> parameters,
    Function<Arguments, Distribution<?>> constructor, Density density,
    java.util.Optional<ScalarTerm> term) {

  /**
   * One parameter.
   *
   * @param name its name in the language (used in error messages)
   * @param domain its shape and constraint
   */
  public record Parameter(String name, Domain domain) {
    /** Requires both components. */
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(domain, "domain");
    }
  }

  /** Requires every component and copies the parameters. */
  public FamilyDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(valueType, "valueType");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(constructor, "constructor");
    Objects.requireNonNull(density, "density");
    Objects.requireNonNull(term, "term");
  }

  /** A family without a closed-form {@link ScalarTerm}. */
  public FamilyDescription(String name, ValueType valueType, List<Parameter> parameters,
      Function<Arguments, Distribution<?>> constructor, Density density) {
    this(name, valueType, parameters, constructor, density, java.util.Optional.empty());
  }

  /** This family with the closed-form log density and partials {@code term}. */
  public FamilyDescription withTerm(ScalarTerm term) {
    return new FamilyDescription(name, valueType, parameters, constructor, density,
        java.util.Optional.of(term));
  }

  /** The parameter {@code name} with domain {@code domain}. */
  public static Parameter parameter(String name, Domain domain) {
    return new Parameter(name, domain);
  }

  /**
   * The log density at {@code x}: a draw of a discrete family that is not integral has log
   * mass {@code -inf}; otherwise {@link Density#logDensity}.
   */
  public long logDensity(Num num, long[] x, List<long[]> parameters) {
    if (valueType.isDiscrete()) {
      double k = num.value(x[0]);
      if (k != Math.rint(k)) {
        return num.constant(Double.NEGATIVE_INFINITY);
      }
    }
    return density.logDensity(num, x, parameters);
  }
}
