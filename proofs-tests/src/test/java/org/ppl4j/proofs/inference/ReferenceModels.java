package org.ppl4j.proofs.inference;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Models with exact answers computed here in closed form or by a recursion written
 * independently of the inference module: beta-bernoulli (conjugacy), normal mean (conjugacy),
 * a linear-Gaussian state-space model (the Kalman filter), a discrete HMM with Gaussian
 * emissions (the forward algorithm). Test-only.
 */
final class ReferenceModels {
  private ReferenceModels() {}

  /** Exact posterior mean and variance of a scalar, and the exact log evidence. */
  record Exact(double mean, double variance, double logEvidence) {}

  // ---- beta-bernoulli -----------------------------------------------------------------------

  /** p ~ Beta(a, b); each flip ~ Bernoulli(p); return p. */
  static Model<Double> betaBernoulli(int a, int b, boolean[] flips) {
    return Model.sample(new TestDists.BetaInt(a, b)).flatMap(p -> {
      List<Boolean> data = new ArrayList<>();
      for (boolean f : flips) {
        data.add(f);
      }
      return Model.forEach(data, f -> Model.observe(new TestDists.Bernoulli(p), f))
          .then(Model.pure(p));
    });
  }

  static Exact betaBernoulliExact(int a, int b, boolean[] flips) {
    int k = 0;
    for (boolean f : flips) {
      k += f ? 1 : 0;
    }
    double a1 = a + k;
    double b1 = b + flips.length - k;
    double mean = a1 / (a1 + b1);
    double variance = a1 * b1 / ((a1 + b1) * (a1 + b1) * (a1 + b1 + 1));
    return new Exact(mean, variance, Beta.logBeta(a1, b1) - Beta.logBeta(a, b));
  }

  static boolean[] flips(int n, double p, Rng rng) {
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = rng.nextDouble() < p;
    }
    return out;
  }

  // ---- linear-Gaussian state space (normal mean is the case a = 1, q = 0) -------------------

  /**
   * x0 ~ N(0, s0); x_t = a x_{t-1} + N(0, q); y_t ~ N(x_t, r) for each observation; returns
   * the final state. {@code q = 0} draws no state noise (a static mean).
   */
  static Model<Double> stateSpace(double s0, double a, double q, double r, double[] ys) {
    List<Double> data = new ArrayList<>();
    for (double y : ys) {
      data.add(y);
    }
    return Model.sample(new TestDists.Normal(0, s0)).flatMap(x0 ->
        Model.fold(data, x0, (x, y) -> {
          Model<Double> next = q == 0 ? Model.pure(a * x)
              : Model.sample(new TestDists.Normal(a * x, q));
          return next.flatMap(xt -> Model.observe(new TestDists.Normal(xt, r), y)
              .then(Model.pure(xt)));
        }));
  }

  /** The Kalman filter (standard deviations s0, q, r): final-state moments and log evidence. */
  static Exact kalman(double s0, double a, double q, double r, double[] ys) {
    double m = 0;
    double v = s0 * s0;
    double logZ = 0;
    for (double y : ys) {
      double mp = a * m;
      double vp = a * a * v + q * q;
      double s = vp + r * r;
      logZ += -0.5 * Math.log(2 * Math.PI * s) - 0.5 * (y - mp) * (y - mp) / s;
      double gain = vp / s;
      m = mp + gain * (y - mp);
      v = (1 - gain) * vp;
    }
    return new Exact(m, v, logZ);
  }

  static double[] simulateStateSpace(double s0, double a, double q, double r, int n, Rng rng) {
    double x = s0 * rng.nextGaussian();
    double[] ys = new double[n];
    for (int t = 0; t < n; t++) {
      x = a * x + q * rng.nextGaussian();
      ys[t] = x + r * rng.nextGaussian();
    }
    return ys;
  }

  // ---- discrete HMM with Gaussian emissions -------------------------------------------------

  static final double[] HMM_INITIAL = {0.5, 0.3, 0.2};
  static final double[][] HMM_TRANSITION = {{0.8, 0.1, 0.1}, {0.2, 0.7, 0.1}, {0.15, 0.15, 0.7}};
  static final double[] HMM_MEANS = {-1.5, 0.0, 1.5};

  /** z0 ~ initial; z_t ~ transition[z_{t-1}]; y_t ~ N(means[z_t], 1); returns z_T. */
  static Model<Integer> hmm(double[] ys) {
    List<Double> data = new ArrayList<>();
    for (double y : ys) {
      data.add(y);
    }
    return Model.sample(new TestDists.Categorical(HMM_INITIAL)).flatMap(z0 ->
        Model.fold(data, z0, (z, y) ->
            Model.sample(new TestDists.Categorical(HMM_TRANSITION[z])).flatMap(zt ->
                Model.observe(new TestDists.Normal(HMM_MEANS[zt], 1), y)
                    .then(Model.pure(zt)))));
  }

  /** The forward algorithm: P(z_T = k | y) for each k, and log P(y) (returned in slot k). */
  static double[] hmmForward(double[] ys) {
    int k = HMM_INITIAL.length;
    double[] alpha = HMM_INITIAL.clone();
    double logZ = 0;
    for (double y : ys) {
      double[] next = new double[k];
      double total = 0;
      for (int j = 0; j < k; j++) {
        double pred = 0;
        for (int i = 0; i < k; i++) {
          pred += alpha[i] * HMM_TRANSITION[i][j];
        }
        double d = y - HMM_MEANS[j];
        next[j] = pred * Math.exp(-0.5 * d * d) / Math.sqrt(2 * Math.PI);
        total += next[j];
      }
      for (int j = 0; j < k; j++) {
        next[j] /= total;
      }
      logZ += Math.log(total);
      alpha = next;
    }
    double[] out = java.util.Arrays.copyOf(alpha, k + 1);
    out[k] = logZ;
    return out;
  }

  static double[] simulateHmm(int n, Rng rng) {
    int z = new TestDists.Categorical(HMM_INITIAL).sample(rng);
    double[] ys = new double[n];
    for (int t = 0; t < n; t++) {
      z = new TestDists.Categorical(HMM_TRANSITION[z]).sample(rng);
      ys[t] = HMM_MEANS[z] + rng.nextGaussian();
    }
    return ys;
  }
}
