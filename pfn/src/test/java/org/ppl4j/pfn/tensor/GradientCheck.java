package org.ppl4j.pfn.tensor;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Function;
import org.ppl4j.semantics.random.Rng;

/**
 * Central finite-difference check of reverse-mode gradients in single precision.
 *
 * <p>The scalar checked is {@code L = sum_i w_i f(inputs)_i} with fixed random weights w. Each
 * checked input element is moved by {@code +-EPS}; the difference quotient, with L summed in
 * double, is compared with the analytic gradient. Tolerance (float32): |numeric - analytic|
 * &lt;= ABS_TOL + REL_TOL * max(|numeric|, |analytic|). Float rounding of L (~1e-7 |L|) divided
 * by 2 EPS bounds the numeric noise at a few 1e-4 for the sizes used; truncation error is
 * O(EPS^2) = 1e-4 times the third derivative.
 */
public final class GradientCheck {

  public static final float EPS = 1e-2f;
  public static final double ABS_TOL = 3e-3;
  public static final double REL_TOL = 2e-2;
  private static final int MAX_ELEMENTS_PER_INPUT = 40;

  private GradientCheck() {}

  /** A tensor of standard normal values. */
  public static Tensor randn(Backend be, int rows, int cols, boolean grad, Rng rng) {
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return Tensor.of(be, rows, cols, v, grad);
  }

  /** Checks the gradients of {@code f} with respect to every tensor in {@code inputs}. */
  public static void check(String name, Backend be, List<Tensor> inputs,
      Function<Tape, Tensor> f, Rng rng) {
    float[] weights;
    Tensor w;
    for (Tensor t : inputs) {
      t.zeroGrad();
    }
    try (Tape tape = Tape.recording(be)) {
      Tensor out = f.apply(tape);
      weights = new float[out.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = (float) rng.nextGaussian();
      }
      w = Tensor.of(be, out.rows(), out.cols(), weights, false);
      tape.backward(Ops.weightedSum(tape, out, w));
    }
    int checked = 0;
    for (int ti = 0; ti < inputs.size(); ti++) {
      Tensor t = inputs.get(ti);
      float[] analytic = t.gradToArray();
      float[] values = t.toArray();
      int n = values.length;
      int count = Math.min(n, MAX_ELEMENTS_PER_INPUT);
      for (int c = 0; c < count; c++) {
        int i = n <= MAX_ELEMENTS_PER_INPUT ? c : rng.nextInt(n);
        float orig = values[i];
        values[i] = orig + EPS;
        t.load(values);
        double plus = loss(be, f, weights);
        values[i] = orig - EPS;
        t.load(values);
        double minus = loss(be, f, weights);
        values[i] = orig;
        t.load(values);
        double numeric = (plus - minus) / (2 * EPS);
        double err = Math.abs(numeric - analytic[i]);
        double tol = ABS_TOL + REL_TOL * Math.max(Math.abs(numeric), Math.abs(analytic[i]));
        if (!(err <= tol)) {
          fail(String.format("%s: input %d element %d: analytic %.6g numeric %.6g (err %.3g > "
              + "tol %.3g, eps %g)", name, ti, i, analytic[i], numeric, err, tol, EPS));
        }
        checked++;
      }
    }
    if (checked == 0) {
      fail(name + ": no element checked");
    }
  }

  private static double loss(Backend be, Function<Tape, Tensor> f, float[] weights) {
    try (Tape tape = Tape.inference(be)) {
      float[] out = f.apply(tape).toArray();
      double s = 0;
      for (int i = 0; i < out.length; i++) {
        s += (double) out[i] * weights[i];
      }
      return s;
    }
  }
}
