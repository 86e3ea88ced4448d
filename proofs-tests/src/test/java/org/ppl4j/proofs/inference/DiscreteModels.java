package org.ppl4j.proofs.inference;

import org.ppl4j.semantics.model.Model;

/**
 * Small discrete programs whose normalised weights, at every resampling of a two-particle
 * population, are multiples of 1/6 (scores are 1/3, 2/3, 1, 2 or 0), as {@link ExhaustiveRng}
 * needs for exactness. Test-only.
 */
final class DiscreteModels {
  private DiscreteModels() {}

  /** Two latent flips, each followed by an observation: results 0..3. */
  static Model<Integer> twoSteps() {
    return Model.sample(new Flip(1, 2)).flatMap(x ->
        Model.score(Math.log(x ? 2.0 / 3 : 1.0 / 3)).then(
            Model.sample(new Flip(x ? 2 : 1, 3)).flatMap(y ->
                Model.score(Math.log(y ? 1.0 / 3 : 2.0 / 3))
                    .then(Model.pure((x ? 1 : 0) + (y ? 2 : 0))))));
  }

  /** A hard constraint that kills particles, then a factor: results 0..7. */
  static Model<Integer> constrained() {
    return Model.sample(new Flip(1, 2)).flatMap(x ->
        Model.sample(new Flip(1, 2)).flatMap(y ->
            Model.condition(x || y).then(
                Model.sample(new Flip(1, 3)).flatMap(z ->
                    Model.factor(z ? Math.log(2) : 0.0)
                        .then(Model.pure((x ? 1 : 0) + (y ? 2 : 0) + (z ? 4 : 0)))))));
  }

  /**
   * A parameter drawn before the first score (what PMMH treats as its parameter), then a
   * latent flip between two observations: results 0..5.
   */
  static Model<Integer> parameterThenLatent() {
    return Model.sample(new Flip(1, 3)).flatMap(theta ->
        Model.score(Math.log(theta ? 2.0 / 3 : 1.0 / 3)).then(
            Model.sample(new Flip(theta ? 1 : 2, 3)).flatMap(x ->
                Model.score(Math.log(x ? 2.0 : 1.0))
                    .then(Model.pure((theta ? 1 : 0) + (x ? 2 : 0))))));
  }

  /**
   * A program whose number of random choices depends on a choice (trace size 2 or 4), with
   * observations on both branches: results 0..7.
   */
  static Model<Integer> changingStructure() {
    return Model.sample(new Flip(1, 2)).flatMap(b -> {
      Model<Integer> inner = b
          ? Model.sample(new Flip(1, 3)).flatMap(x -> Model.sample(new Flip(1, 2)).flatMap(y ->
              Model.score(Math.log(x ? 0.9 : 0.2)).then(Model.pure((x ? 2 : 0) + (y ? 4 : 0)))))
          : Model.score(Math.log(0.3)).then(Model.pure(0));
      return inner.flatMap(v -> Model.sample(new Flip(2, 3)).flatMap(z ->
          Model.score(Math.log(z ? 0.7 : 0.4)).then(Model.pure(v + (b ? 1 : 0)))));
    });
  }
}
