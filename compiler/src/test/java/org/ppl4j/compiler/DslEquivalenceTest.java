package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The compiled linear regression and the same model written with the Java DSL give the same
 * log weight for the same draws (an exact check of {@code ~}, {@code observe}, {@code for},
 * indexing and arithmetic), on 20 random draw vectors.
 */
class DslEquivalenceTest {
  static final String SOURCE = """
      data x : Real[]
      data y : Real[]
      alpha ~ normal(0, 10)
      beta ~ normal(0, 10)
      sigma ~ half_normal(1)
      for i in 0..length(x) {
        observe y[i] ~ normal(alpha + beta * x[i], sigma)
      }
      return {alpha: alpha, beta: beta, sigma: sigma}
      """;

  static Model<double[]> dsl(double[] x, double[] y) {
    return Model.sample(Distributions.normal(0, 10)).flatMap(alpha ->
        Model.sample(Distributions.normal(0, 10)).flatMap(beta ->
            Model.sample(Distributions.halfNormal(1)).flatMap(sigma ->
                Model.forEach(IntStream.range(0, x.length).boxed().toList(), i ->
                        Model.observe(Distributions.normal(alpha + beta * x[i], sigma), y[i]))
                    .map(u -> new double[] {alpha, beta, sigma}))));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static double dslLogWeight(Model<double[]> model, List<Double> draws) {
    double logWeight = 0;
    int next = 0;
    Model<double[]> current = model;
    while (true) {
      Step<double[]> step = current.resume();
      if (step instanceof Step.Done) {
        return logWeight;
      } else if (step instanceof Step.Sampled s) {
        current = (Model<double[]>) s.resumeWith(draws.get(next++));
      } else {
        Step.Scored<double[]> scored = (Step.Scored<double[]>) step;
        logWeight += scored.logWeight();
        current = scored.resumeAfter();
      }
    }
  }

  static ArrayValue reals(double[] xs) {
    List<Value> out = new ArrayList<>();
    for (double v : xs) {
      out.add(new RealValue(v));
    }
    return new ArrayValue(out);
  }

  @Test
  void compiledAndDslModelsWeighDrawsAlike() {
    Rng rng = Rng.seeded(7);
    int n = 30;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextGaussian();
      y[i] = 1 + 2 * x[i] + 0.5 * rng.nextGaussian();
    }
    Program program = PplCompiler.compile("linreg.ppl", SOURCE);
    Model<Value> compiled = program.model(Map.of("x", reals(x), "y", reals(y)));
    for (int trial = 0; trial < 20; trial++) {
      List<Double> draws = List.of(3 * rng.nextGaussian(), 3 * rng.nextGaussian(),
          0.1 + rng.nextDouble());
      double expected = dslLogWeight(dsl(x, y), draws);
      List<Object> values = new ArrayList<>();
      draws.forEach(d -> values.add(new RealValue(d)));
      double actual = Drive.run(compiled, values).logWeight();
      assertEquals(expected, actual, 1e-9 * Math.abs(expected), "draws " + draws);
    }
  }
}
