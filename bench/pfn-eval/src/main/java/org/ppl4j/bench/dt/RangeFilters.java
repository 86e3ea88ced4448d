package org.ppl4j.bench.dt;

import org.ppl4j.pfn.dt.Gmm;

/**
 * Reference filters for {@link RangeScenario}: an extended Kalman filter (the range linearised
 * at the predicted mean, Jazwinski 1970) and a grid filter on 1,001 points over [-10, 10]
 * (predict by quadrature of the transition density, update pointwise): exact up to the grid.
 */
public final class RangeFilters {

  private static final int GRID = 1001;
  private static final double LO = -10;
  private static final double HI = 10;

  private RangeFilters() {}

  /** EKF: log density of the true state after each step's update. */
  public static double[] ekf(RangeScenario s, double[] timesPerStep) {
    double m = s.prior().mean()[0];
    double var = 0;
    for (int c = 0; c < s.prior().components(); c++) {
      double w = Math.exp(s.prior().logWeight(c));
      double sd = s.prior().cholesky(c, 0, 0);
      double dm = s.prior().mean(c)[0] - m;
      var += w * (sd * sd + dm * dm);
    }
    double[] out = new double[s.truth().length];
    for (int t = 0; t < out.length; t++) {
      long t0 = System.nanoTime();
      m = s.a() * m;
      var = s.a() * s.a() * var + s.q() * s.q();
      for (double[] row : s.observations().get(t)) {
        double h = Math.abs(m - row[0]);
        double jac = m >= row[0] ? 1 : -1;
        double innovation = var + s.noise() * s.noise();
        double gain = var * jac / innovation;
        m += gain * (row[1] - h);
        var = (1 - gain * jac) * var;
      }
      timesPerStep[0] += (System.nanoTime() - t0) / 1e9;
      double z = (s.truth()[t] - m) / Math.sqrt(var);
      out[t] = -0.5 * z * z - 0.5 * Math.log(2 * Math.PI * var);
    }
    return out;
  }

  /** Grid filter: log density of the true state after each step's update. */
  public static double[] grid(RangeScenario s, double[] timesPerStep) {
    double h = (HI - LO) / (GRID - 1);
    double[] p = new double[GRID];
    for (int i = 0; i < GRID; i++) {
      p[i] = Math.exp(s.prior().logDensity(new double[] {LO + i * h}));
    }
    double[] out = new double[s.truth().length];
    double[] next = new double[GRID];
    for (int t = 0; t < out.length; t++) {
      long t0 = System.nanoTime();
      for (int j = 0; j < GRID; j++) {
        double xj = LO + j * h;
        double sum = 0;
        for (int i = 0; i < GRID; i++) {
          double z = (xj - s.a() * (LO + i * h)) / s.q();
          if (z > -8 && z < 8) {
            sum += p[i] * Math.exp(-0.5 * z * z);
          }
        }
        next[j] = sum * h / (s.q() * Math.sqrt(2 * Math.PI));
      }
      double total = 0;
      for (int j = 0; j < GRID; j++) {
        double xj = LO + j * h;
        double like = 1;
        for (double[] row : s.observations().get(t)) {
          double z = (row[1] - Math.abs(xj - row[0])) / s.noise();
          like *= Math.exp(-0.5 * z * z);
        }
        next[j] *= like;
        total += next[j] * h;
      }
      for (int j = 0; j < GRID; j++) {
        p[j] = next[j] / total;
      }
      timesPerStep[0] += (System.nanoTime() - t0) / 1e9;
      double u = (s.truth()[t] - LO) / h;
      int i = Math.max(0, Math.min(GRID - 2, (int) Math.floor(u)));
      double f = u - i;
      out[t] = Math.log((1 - f) * p[i] + f * p[i + 1]);
    }
    return out;
  }

  /** The mixture belief's log density of the true state, floored at log 1e-300. */
  static double logDensity(Gmm belief, double x) {
    return Math.max(Math.log(1e-300), belief.logDensity(new double[] {x}));
  }
}
