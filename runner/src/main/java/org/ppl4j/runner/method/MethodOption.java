package org.ppl4j.runner.method;

/**
 * A tuning option of {@code ppl run} that only some inference methods read. Each method says
 * which it reads, so that an option given to a method that ignores it earns a warning.
 */
public enum MethodOption {
  PARTICLES("--particles"),
  RESAMPLER("--resampler"),
  ESS_THRESHOLD("--ess-threshold"),
  SAMPLES("--samples"),
  WARMUP("--warmup"),
  CHAINS("--chains"),
  MCMC_STEPS("--mcmc-steps"),
  NET("--net"),
  PROPOSAL("--proposal"),
  MOVE("--move"),

  ADAPT_DELTA("--adapt-delta"),
  MAX_TREEDEPTH("--max-treedepth"),
  INIT("--init"),
  THIN("--thin"),
  SAVE_WARMUP("--save-warmup"),
  DENSITY("--density"),
  RAW("--raw"),

  FAMILY("--family"),
  ITER("--iter"),
  GRAD_SAMPLES("--grad-samples"),
  ELBO_SAMPLES("--elbo-samples"),
  ETA("--eta"),
  TOL_REL_OBJ("--tol-rel-obj"),
  EVAL_ELBO("--eval-elbo"),

  MAX_PATHS("--max-paths"),
  MAX_SCORE("--max-score");

  private final String flag;

  MethodOption(String flag) {
    this.flag = flag;
  }

  /** The command-line flag, e.g. {@code --particles}. */
  public String flag() {
    return flag;
  }

  /** The flag without its dashes, e.g. {@code particles}: the key of notebook settings. */
  public String key() {
    return flag.substring("--".length());
  }
}
