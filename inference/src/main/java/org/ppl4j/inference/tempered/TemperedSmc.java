package org.ppl4j.inference.tempered;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.ppl4j.inference.kernels.HamiltonianMove;
import org.ppl4j.inference.kernels.Move;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Tempered (annealed) SMC for static models: an SMC sampler over the path
 * {@code pi_beta = prior * likelihood^beta} from {@code beta = 0} (the prior, drawn exactly)
 * to {@code beta = 1} (the posterior), in the framework of Del Moral, Doucet and Jasra, "Sequential
 * Monte Carlo samplers", JRSS B 2006 (Chopin and Papaspiliopoulos 2020, ch. 17). Each step
 * <ol>
 *   <li>chooses the next {@code beta} adaptively ({@link NextTemperature}, bisection on the
 *       conditional ESS);</li>
 *   <li>reweights each particle by {@code likelihood^(beta' - beta)} and adds the log mean
 *       incremental weight to the log evidence;</li>
 *   <li>resamples (every step, so particles are equally weighted again);</li>
 *   <li>moves each particle by MCMC kernels that leave {@code pi_beta'} invariant
 *       ({@link MovePlan}: a random walk scaled by the cloud's covariance, single-site moves
 *       with prior re-draws for discrete or structure-changing sites; or, with
 *       {@link MoveKind#MALA} or {@link MoveKind#HMC} where every latent is a continuous scalar,
 *       Hamiltonian moves by the program's gradient preconditioned by the cloud's covariance,
 *       {@link GradientPlan}), repeated until a particle has moved with probability
 *       {@code movedTarget}, judged by the first sweep's rate.</li>
 * </ol>
 * The evidence estimate, the sum of the logs of the mean incremental weights, is unbiased for
 * {@code Z} (on the natural scale) for any such kernels; adapting the temperatures and the
 * kernels on the current cloud adds an asymptotically vanishing bias (Beskos, Jasra, Kantas and
 * Thiery, AAP 2016). A particle is a complete trace of the program, whose prior and likelihood
 * are kept apart by {@link Trace}. Particles are moved in parallel, each with a generator split
 * off by index before the parallel section, so a seed gives one answer.
 *
 * <p>Validated in {@code proofs-tests}: posterior mean, sd and log evidence on a normal-normal
 * model against the closed form, over independent replications; simulation-based calibration;
 * an evidence that forgets a step's term fails the same check.
 */
public final class TemperedSmc {
  private TemperedSmc() {}

  /** Runs without progress reports. */
  public static <A> TemperedSmcResult<A> run(Model<A> model, TemperedSmcConfig config,
      Rng rng) {
    return run(model, config, rng, beta -> { });
  }

  /**
   * Runs the sampler, telling {@code onTemperature} each inverse temperature reached (on the
   * calling thread).
   *
   * @throws InferenceException when every prior draw has likelihood zero, or 1 is not reached
   *     in {@code config.maxSteps()} steps
   */
  public static <A> TemperedSmcResult<A> run(Model<A> model, TemperedSmcConfig config, Rng rng,
      DoubleConsumer onTemperature) {
    return run(model, Optional.empty(), config, rng, onTemperature);
  }

  /**
   * As {@link #run(Model, TemperedSmcConfig, Rng, DoubleConsumer)}, with the program's
   * differentiable density for gradient moves ({@code config.move()} other than
   * {@link MoveKind#RW}). Their step size starts at {@code d^(-1/4)} (in units of the cloud's
   * covariance) and is adapted after every sweep, from the acceptance rate across the
   * population, toward {@link MoveKind#targetAcceptance()}: each sweep uses one fixed kernel.
   *
   * @throws InferenceException also when {@code mala} or {@code hmc} was asked for and gradient
   *     moves do not apply (not every latent is continuous, no gradient)
   */
  public static <A> TemperedSmcResult<A> run(Model<A> model,
      Optional<TemperedGradient> gradient, TemperedSmcConfig config, Rng rng,
      DoubleConsumer onTemperature) {
    return run(config, new Steering(gradient, config.move()), rng, onTemperature,
        initial(model, config, rng), null);
  }

  /**
   * Runs the sampler from a weighted initial population instead of prior draws: {@code initial}
   * (complete traces of the model, {@code config.particles()} of them) drawn from a proposal
   * {@code r}, with {@code logWeights} {@code log prior / r} up to a constant; e.g. an amortised
   * posterior mixed with the prior, so that the particles start where the posterior is. The
   * population is resampled by these weights and moved once at {@code beta = 0} (kernels that
   * leave the prior invariant), then tempered as usual; the log evidence adds the log mean
   * weight, which estimates 0 when the weights are exactly {@code prior / r}.
   *
   * @throws IllegalArgumentException when the sizes differ from {@code config.particles()}
   * @throws InferenceException as {@link #run(Model, TemperedSmcConfig, Rng, DoubleConsumer)}
   */
  public static <A> TemperedSmcResult<A> runFrom(List<Trace<A>> initial, double[] logWeights,
      TemperedSmcConfig config, Rng rng, DoubleConsumer onTemperature) {
    if (initial.size() != config.particles() || logWeights.length != config.particles()) {
      throw new IllegalArgumentException("tempered: " + initial.size() + " particles and "
          + logWeights.length + " weights for a population of " + config.particles());
    }
    return run(config, new Steering(Optional.empty(), config.move()), rng, onTemperature,
        List.copyOf(initial), logWeights.clone());
  }

  private static <A> TemperedSmcResult<A> run(TemperedSmcConfig config, Steering steering,
      Rng rng, DoubleConsumer onTemperature, List<Trace<A>> start, double[] startLogWeights) {
    int n = config.particles();
    List<Trace<A>> particles = start;
    double beta = 0;
    double logEvidence = 0;
    List<Double> temperatures = new ArrayList<>(List.of(0.0));
    List<Double> essHistory = new ArrayList<>();
    List<Double> logIncrements = new ArrayList<>();
    long accepted = 0;
    long proposed = 0;
    int sweeps = 0;
    if (startLogWeights != null) {
      double logMean = SpecialFunctions.logSumExp(startLogWeights) - Math.log(n);
      if (!(logMean > Double.NEGATIVE_INFINITY)) {
        throw new InferenceException("tempered: every initial particle has weight zero");
      }
      logEvidence += logMean;
      essHistory.add(org.ppl4j.semantics.posterior.ChainDiagnostics.kishEss(startLogWeights));
      int[] ancestors = config.resampler().ancestors(LogWeights.normalised(startLogWeights), rng);
      List<Trace<A>> resampled = new ArrayList<>(n);
      for (int a : ancestors) {
        resampled.add(particles.get(a));
      }
      Moved<A> moved = move(resampled, 0.0, config, steering, rng);
      particles = moved.particles();
      accepted += moved.accepted();
      proposed += moved.proposed();
      sweeps += moved.sweeps();
    }
    while (beta < 1) {
      if (temperatures.size() > config.maxSteps()) {
        throw new InferenceException("tempered: reached only beta = " + beta + " after "
            + config.maxSteps() + " steps; lower --ess-threshold or use more particles");
      }
      double[] logLikelihoods = new double[n];
      for (int i = 0; i < n; i++) {
        logLikelihoods[i] = particles.get(i).logLikelihood();
      }
      double next = NextTemperature.after(logLikelihoods, beta, config.essThreshold());
      double delta = next - beta;
      double[] increments = new double[n];
      for (int i = 0; i < n; i++) {
        increments[i] = logLikelihoods[i] == Double.NEGATIVE_INFINITY
            ? Double.NEGATIVE_INFINITY : delta * logLikelihoods[i];
      }
      double logMean = SpecialFunctions.logSumExp(increments) - Math.log(n);
      if (!(logMean > Double.NEGATIVE_INFINITY)) {
        throw new InferenceException("tempered: every particle has likelihood zero (each of "
            + n + " prior draws failed a condition or an observation)", zeroSite(particles));
      }
      logEvidence += logMean;
      logIncrements.add(logMean);
      essHistory.add(NextTemperature.ess(logLikelihoods, delta));
      int[] ancestors = config.resampler().ancestors(LogWeights.normalised(increments), rng);
      List<Trace<A>> resampled = new ArrayList<>(n);
      for (int a : ancestors) {
        resampled.add(particles.get(a));
      }
      beta = next;
      temperatures.add(beta);
      Moved<A> moved = config.chainLength() > 0
          ? WasteFree.step(particles, ancestors, beta, config, steering, rng)
          : move(resampled, beta, config, steering, rng);
      particles = moved.particles();
      accepted += moved.accepted();
      proposed += moved.proposed();
      sweeps += moved.sweeps();
      onTemperature.accept(beta);
    }
    List<A> values = new ArrayList<>(n);
    for (Trace<A> t : particles) {
      values.add(t.value());
    }
    return new TemperedSmcResult<>(values, logEvidence,
        logIncrements.stream().mapToDouble(Double::doubleValue).toArray(),
        temperatures.stream().mapToDouble(Double::doubleValue).toArray(),
        essHistory.stream().mapToDouble(Double::doubleValue).toArray(),
        proposed == 0 ? 0 : (double) accepted / proposed, sweeps);
  }

  /** Where a particle's likelihood became zero (its last score), for the error's place. */
  private static <A> org.ppl4j.semantics.model.ScoreSite zeroSite(List<Trace<A>> particles) {
    for (Trace<A> t : particles) {
      if (t.logLikelihood() == Double.NEGATIVE_INFINITY
          && t.lastSite() != org.ppl4j.semantics.model.ScoreSite.NONE) {
        return t.lastSite();
      }
    }
    return org.ppl4j.semantics.model.ScoreSite.NONE;
  }

  private static <A> List<Trace<A>> initial(Model<A> model, TemperedSmcConfig config, Rng rng) {
    int n = config.particles();
    Rng[] rngs = split(rng, n);
    @SuppressWarnings("unchecked")
    Trace<A>[] traces = new Trace[n];
    config.parallelism().forEach(n, 16,
        i -> traces[i] = Traced.run(model, Integer.MAX_VALUE, rngs[i]));
    return List.of(traces);
  }

  /** The particles after a step's moves, with the counts of accepted and proposed moves. */
  record Moved<A>(List<Trace<A>> particles, long accepted, long proposed, int sweeps) {}

  private static <A> Moved<A> move(List<Trace<A>> population, double beta,
      TemperedSmcConfig config, Steering steering, Rng rng) {
    MovePlan plan = MovePlan.of(population, steering.request(beta));
    if (plan.hamiltonian().isPresent()) {
      return steer(population, plan.hamiltonian().get(), beta, config, steering, rng);
    }
    steering.refuse(plan.refusal());
    if (plan.block().isEmpty() && !plan.siteMoves()) {
      return new Moved<>(population, 0, 0, 0);
    }
    int n = population.size();
    Rng[] rngs = split(rng, n);
    @SuppressWarnings("unchecked")
    Trace<A>[] traces = population.toArray(new Trace[0]);
    long[] accepted = new long[n];
    long[] proposed = new long[n];
    boolean[] movedOnce = new boolean[n];
    config.parallelism().forEach(n, 16, i -> {
      long before = accepted[i];
      traces[i] = sweep(traces[i], plan, beta, rngs[i], accepted, proposed, i);
      movedOnce[i] = accepted[i] > before;
    });
    int moved = 0;
    for (boolean m : movedOnce) {
      moved += m ? 1 : 0;
    }
    int sweeps = sweepsFor((double) moved / n, config);
    config.parallelism().forEach(n, 16, i -> {
      for (int s = 1; s < sweeps; s++) {
        traces[i] = sweep(traces[i], plan, beta, rngs[i], accepted, proposed, i);
      }
    });
    long a = 0;
    long p = 0;
    for (int i = 0; i < n; i++) {
      a += accepted[i];
      p += proposed[i];
    }
    return new Moved<>(List.of(traces), a, p, sweeps);
  }

  /**
   * The gradient moves of a step: a first sweep, the number of sweeps from its acceptance rate
   * (as for the random walks), the step size adapted after every sweep.
   */
  private static <A> Moved<A> steer(List<Trace<A>> population, HamiltonianMove first,
      double beta, TemperedSmcConfig config, Steering steering, Rng rng) {
    int n = population.size();
    Rng[] rngs = split(rng, n);
    @SuppressWarnings("unchecked")
    Trace<A>[] traces = population.toArray(new Trace[0]);
    HamiltonianMove move = first;
    long accepted = 0;
    int sweeps = 1;
    for (int s = 0; s < sweeps; s++) {
      HamiltonianMove kernel = move;
      boolean[] moved = new boolean[n];
      config.parallelism().forEach(n, 16, i -> {
        Move<A> m = kernel.step(traces[i], beta, rngs[i]);
        moved[i] = m.accepted();
        traces[i] = m.trace();
      });
      int count = 0;
      for (boolean m : moved) {
        count += m ? 1 : 0;
      }
      accepted += count;
      double rate = (double) count / n;
      if (s == 0) {
        sweeps = sweepsFor(rate, config);
      }
      move = move.withStepSize(steering.adapt(move.stepSize(), rate));
    }
    return new Moved<>(List.of(traces), accepted, (long) n * sweeps, sweeps);
  }

  /**
   * The number of sweeps after which a particle has moved with probability
   * {@code movedTarget}, if each sweep moves it with probability {@code rate}:
   * {@code log(1 - movedTarget) / log(1 - rate)}, within [1, maxMoves].
   */
  static int sweepsFor(double rate, TemperedSmcConfig config) {
    if (rate >= 1) {
      return 1;
    }
    if (rate <= 0) {
      return config.maxMoves();
    }
    double m = Math.ceil(Math.log(1 - config.movedTarget()) / Math.log(1 - rate));
    return (int) Math.max(1, Math.min(config.maxMoves(), m));
  }

  static <A> Trace<A> sweep(Trace<A> trace, MovePlan plan, double beta, Rng rng,
      long[] accepted, long[] proposed, int i) {
    Trace<A> t = trace;
    if (plan.block().isPresent()) {
      Move<A> m = plan.block().get().step(t, beta, rng);
      proposed[i]++;
      accepted[i] += m.accepted() ? 1 : 0;
      t = m.trace();
    }
    if (plan.siteMoves()) {
      Move<A> m = MovePlan.siteKernel().step(t, plan.siteScales(), beta, rng);
      proposed[i]++;
      accepted[i] += m.accepted() ? 1 : 0;
      t = m.trace();
    }
    return t;
  }

  static Rng[] split(Rng rng, int n) {
    Rng[] rngs = new Rng[n];
    for (int i = 0; i < n; i++) {
      rngs[i] = rng.split();
    }
    return rngs;
  }
}
