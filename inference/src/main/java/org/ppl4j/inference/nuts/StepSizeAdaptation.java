package org.ppl4j.inference.nuts;

/**
 * Nesterov dual averaging of the log step size towards a target mean acceptance statistic
 * (Hoffman and Gelman, "The No-U-Turn Sampler", JMLR 2014, §3.2), with Stan's constants
 * gamma = 0.05, t0 = 10, kappa = 0.75 and the shrinkage point mu = log(10 epsilon) reset at
 * each metric update. Mutable, owned by one chain.
 */
final class StepSizeAdaptation {
  private static final double GAMMA = 0.05;
  private static final double T0 = 10;
  private static final double KAPPA = 0.75;

  private final double delta;
  private double mu;
  private int counter;
  private double sBar;
  private double xBar;

  /** @param delta the target acceptance statistic, in (0, 1) */
  StepSizeAdaptation(double delta) {
    this.delta = delta;
  }

  /** Restarts the averages around {@code mu = log(10 epsilon)}. */
  void restart(double epsilon) {
    mu = Math.log(10 * epsilon);
    counter = 0;
    sBar = 0;
    xBar = 0;
  }

  /** The next step size after an iteration whose acceptance statistic was {@code acceptStat}. */
  double learn(double acceptStat) {
    counter++;
    double stat = Math.min(1.0, acceptStat);
    double eta = 1.0 / (counter + T0);
    sBar = (1.0 - eta) * sBar + eta * (delta - stat);
    double x = mu - sBar * Math.sqrt(counter) / GAMMA;
    double xEta = Math.pow(counter, -KAPPA);
    xBar = (1.0 - xEta) * xBar + xEta * x;
    return Math.exp(x);
  }

  /** The averaged step size used after warm-up. */
  double finalStepSize() {
    return Math.exp(xBar);
  }
}
