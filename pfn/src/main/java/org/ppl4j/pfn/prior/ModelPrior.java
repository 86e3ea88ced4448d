package org.ppl4j.pfn.prior;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * A prior over datasets given as a probabilistic program: the model for {@code n} points is run
 * forwards ({@link Sampler#draw}, scores ignored) and must return a record with fields {@code x}
 * ({@code Real[]} for one-dimensional points or {@code Real[][]}, one row per point), {@code y}
 * ({@code Real[]}) and optionally scalar latents (any other numeric or boolean field).
 */
public final class ModelPrior implements DatasetPrior {

  private final String name;
  private final IntFunction<Model<Value>> modelForSize;
  private final int xDim;

  /**
   * A prior from the model of each dataset size; one draw with two points (seed 0) checks the
   * result's shape and finds the dimension of x.
   *
   * @param name the program's name, for messages
   * @param modelForSize the model that returns a dataset of the given number of points
   */
  public ModelPrior(String name, IntFunction<Model<Value>> modelForSize) {
    this.name = name;
    this.modelForSize = modelForSize;
    this.xDim = convert(Sampler.draw(modelForSize.apply(2), Rng.seeded(0)), 2).x()[0].length;
  }

  @Override
  public int xDim() {
    return xDim;
  }

  @Override
  public Dataset sample(int points, Rng rng) {
    return convert(Sampler.draw(modelForSize.apply(points), rng), points);
  }

  private Dataset convert(Value result, int points) {
    if (!(result instanceof RecordValue record)) {
      throw new IllegalArgumentException(name + ": a prior must return a record {x: ..., y: ...}"
          + ", it returned a " + result.typeName());
    }
    Map<String, Value> fields = record.fields();
    Value xv = field(fields, "x");
    Value yv = field(fields, "y");
    double[] y = reals(yv, "y");
    if (y.length != points) {
      throw new IllegalArgumentException(name + ": asked for " + points + " points, 'y' has "
          + y.length + " (use the data input 'n' for the number of points)");
    }
    double[][] x = points(xv, points);
    Map<String, Double> latents = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : fields.entrySet()) {
      if (!e.getKey().equals("x") && !e.getKey().equals("y")) {
        scalar(e.getValue()).ifPresent(v -> latents.put(e.getKey(), v));
      }
    }
    return new Dataset(x, y, latents);
  }

  private Value field(Map<String, Value> fields, String key) {
    Value v = fields.get(key);
    if (v == null) {
      throw new IllegalArgumentException(name + ": the returned record has no field '" + key
          + "' (it has " + fields.keySet() + ")");
    }
    return v;
  }

  private double[][] points(Value xv, int points) {
    List<Value> rows = array(xv, "x");
    if (rows.size() != points) {
      throw new IllegalArgumentException(
          name + ": 'x' has " + rows.size() + " points, 'y' has " + points);
    }
    double[][] x = new double[points][];
    for (int i = 0; i < points; i++) {
      Value r = rows.get(i);
      x[i] = r instanceof ArrayValue ? reals(r, "x[" + i + "]") : new double[] {real(r, "x")};
      if (x[i].length != x[0].length || x[i].length == 0) {
        throw new IllegalArgumentException(name + ": the points in 'x' have unequal dimensions");
      }
    }
    return x;
  }

  private List<Value> array(Value v, String what) {
    if (v instanceof ArrayValue a) {
      return a.elements();
    }
    throw new IllegalArgumentException(
        name + ": '" + what + "' must be an array, it is a " + v.typeName());
  }

  private double[] reals(Value v, String what) {
    List<Value> elements = array(v, what);
    double[] out = new double[elements.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = real(elements.get(i), what);
    }
    return out;
  }

  private double real(Value v, String what) {
    return scalar(v).orElseThrow(() -> new IllegalArgumentException(
        name + ": '" + what + "' must hold numbers, found a " + v.typeName()));
  }

  private static java.util.Optional<Double> scalar(Value v) {
    if (v instanceof RealValue r) {
      return java.util.Optional.of(r.value());
    } else if (v instanceof IntValue i) {
      return java.util.Optional.of((double) i.value());
    } else if (v instanceof BoolValue b) {
      return java.util.Optional.of(b.value() ? 1.0 : 0.0);
    }
    return java.util.Optional.empty();
  }
}
