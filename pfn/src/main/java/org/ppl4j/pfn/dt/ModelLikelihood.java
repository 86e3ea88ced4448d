package org.ppl4j.pfn.dt;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * A likelihood given as a probabilistic program: the model for a latent (and, when the program
 * takes it, a number of observations) is run forwards ({@link Sampler#draw}, scores ignored) and
 * must return the observations: a {@code Real[]} (one value per observation) or a
 * {@code Real[][]} (one row per observation, all of one length).
 */
public final class ModelLikelihood implements Likelihood {

  private final String name;
  private final int latentDim;
  private final OptionalInt fixedCount;
  private final int observationDim;
  private final BiFunction<double[], Integer, Model<Value>> model;

  /**
   * A likelihood; one draw (seed 0, latent zero, two observations) checks the program's result
   * and finds the observation dimension (and the count, when the program fixes it).
   *
   * @param name the program's name, for messages
   * @param latentDim dimension of the latent, &gt; 0
   * @param takesCount whether the program reads the number of observations
   * @param model the model for a latent and a count
   */
  public ModelLikelihood(String name, int latentDim, boolean takesCount,
      BiFunction<double[], Integer, Model<Value>> model) {
    if (latentDim <= 0) {
      throw new IllegalArgumentException("latent dimension must be > 0, got " + latentDim);
    }
    this.name = name;
    this.latentDim = latentDim;
    this.model = model;
    double[][] probe = convert(Sampler.draw(model.apply(new double[latentDim], 2),
        Rng.seeded(0)));
    this.fixedCount = takesCount ? OptionalInt.empty() : OptionalInt.of(probe.length);
    if (probe.length == 0 && !takesCount) {
      throw new IllegalArgumentException(name + ": the program returned no observations");
    }
    this.observationDim = probe.length == 0 ? 1 : probe[0].length;
  }

  @Override
  public int latentDim() {
    return latentDim;
  }

  @Override
  public int observationDim() {
    return observationDim;
  }

  @Override
  public OptionalInt fixedCount() {
    return fixedCount;
  }

  @Override
  public double[][] observe(double[] latent, int count, Rng rng) {
    double[][] rows = convert(Sampler.draw(model.apply(latent.clone(), count), rng));
    int expected = fixedCount.orElse(count);
    if (rows.length != expected) {
      throw new IllegalArgumentException(name + ": asked for " + expected
          + " observations, the program returned " + rows.length
          + (fixedCount.isPresent() ? " (the count varies: declare 'data n : Int')"
              : " (return one observation per 0..n)"));
    }
    for (double[] r : rows) {
      if (r.length != observationDim) {
        throw new IllegalArgumentException(name + ": observations have " + r.length
            + " values, earlier ones " + observationDim);
      }
    }
    return rows;
  }

  /** The model of the observations given {@code latent} and {@code count}. */
  public Model<Value> model(double[] latent, int count) {
    return model.apply(latent.clone(), count);
  }

  /**
   * The observation rows of a result of the program.
   *
   * @throws IllegalArgumentException when it is not a Real[] or Real[][] of equal rows
   */
  double[][] rowsOf(Value result) {
    return convert(result);
  }

  private double[][] convert(Value result) {
    if (!(result instanceof ArrayValue array)) {
      throw new IllegalArgumentException(name + ": a likelihood must return its observations as "
          + "Real[] or Real[][], it returned a " + result.typeName());
    }
    List<Value> elements = array.elements();
    double[][] rows = new double[elements.size()][];
    for (int i = 0; i < rows.length; i++) {
      Value e = elements.get(i);
      if (e instanceof ArrayValue row) {
        rows[i] = new double[row.elements().size()];
        for (int j = 0; j < rows[i].length; j++) {
          rows[i][j] = real(row.elements().get(j));
        }
      } else {
        rows[i] = new double[] {real(e)};
      }
      if (rows[i].length == 0 || rows[i].length != rows[0].length) {
        throw new IllegalArgumentException(name + ": observation " + i + " has " + rows[i].length
            + " values; every observation needs the same number, at least one");
      }
    }
    return rows;
  }

  private double real(Value v) {
    if (v instanceof RealValue r) {
      return r.value();
    } else if (v instanceof IntValue i) {
      return i.value();
    } else if (v instanceof BoolValue b) {
      return b.value() ? 1 : 0;
    }
    throw new IllegalArgumentException(
        name + ": observations must be numbers, found a " + v.typeName());
  }
}
