package org.ppl4j.bench.dt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.pfn.dt.evaluation.ExactGaussianMean;
import org.ppl4j.pfn.dt.evaluation.GaussianMeanLikelihood;
import org.ppl4j.pfn.dt.evaluation.HeldOutProblem;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.random.Rng;

/**
 * Benchmark (a) of issue 8: a scalar Gaussian mean with noise 1 under Gaussian-mixture priors
 * drawn from the network's meta-prior, 1 to maxObservations observations. Prints a table: for
 * the Distribution Transformer, SMC and importance sampling (at the DT's wall time per problem
 * and at fixed particle counts), the mean Monte Carlo KL(exact || method) (particle methods
 * scored through a kernel density estimate), the mean |log Z - exact log Z|, and the time per
 * problem; then the particle count SMC needs to match the DT's KL and the speed ratio. The
 * particle methods are first run once untimed (JIT warm-up); "equal wall time" is the particle
 * count at which SMC takes the DT's time per problem, from a timed run at 100 particles.
 *
 * <p>Usage: {@code ConjugateEvaluation --net NET.dt [--problems 1000] [--particle-problems 50]
 * [--kl-draws 2000] [--seed 1]}.
 */
public final class ConjugateEvaluation {

  private static final double NOISE = 1.0;
  private static final int EVIDENCE_DRAWS = 100;

  private ConjugateEvaluation() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    Path net = Path.of(option(args, "--net", "mean.dt"));
    int problems = Integer.parseInt(option(args, "--problems", "1000"));
    int particleProblems = Integer.parseInt(option(args, "--particle-problems", "50"));
    int klDraws = Integer.parseInt(option(args, "--kl-draws", "2000"));
    long seed = Long.parseLong(option(args, "--seed", "1"));
    DistributionTransformer dt = DistributionTransformer.load(net);
    GaussianMeanLikelihood lik = new GaussianMeanLikelihood(NOISE);
    List<HeldOutProblem> held = HeldOutProblem.draw(dt.metaPrior(), lik, problems, 1,
        Math.max(1, dt.maxObservations()), Rng.seeded(seed));
    List<Gmm> priors = new ArrayList<>();
    List<double[][]> data = new ArrayList<>();
    List<Gmm> exact = new ArrayList<>();
    for (HeldOutProblem p : held) {
      priors.add(p.prior());
      data.add(p.observations());
      exact.add(ExactGaussianMean.posterior(p.prior(), p.observations(), NOISE));
    }
    dt.updateAll(priors, data);
    double best = Double.POSITIVE_INFINITY;
    List<Gmm> posteriors = List.of();
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      posteriors = dt.updateAll(priors, data);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    double dtTime = best / problems;
    Rng klRng = Rng.seeded(seed + 1);
    double[] dtKl = new double[problems];
    double[] priorKl = new double[problems];
    double evidenceError = 0;
    for (int i = 0; i < problems; i++) {
      dtKl[i] = MixtureKl.estimate(exact.get(i), posteriors.get(i), klDraws, klRng).kl();
      priorKl[i] = MixtureKl.estimate(exact.get(i), priors.get(i), klDraws, klRng).kl();
      evidenceError += Math.abs(dtLogEvidence(priors.get(i), data.get(i), posteriors.get(i),
          klRng) - ExactGaussianMean.logEvidence(priors.get(i), data.get(i), NOISE));
    }
    System.out.printf("# conjugate Gaussian mean, noise %.1f; %d held-out problems (K 1..%d, n 1..%d),"
        + " KL by %d draws of the exact posterior; particle methods on the first %d problems%n",
        NOISE, problems, dt.metaPrior().maxComponents(), dt.maxObservations(), klDraws,
        particleProblems);
    System.out.printf("%-22s %12s %12s %10s %14s %14s%n", "method", "mean KL", "median KL",
        "p90 KL", "|dlogZ| mean", "time/problem");
    row("prior (no update)", priorKl, Double.NaN, Double.NaN);
    row("DT (batched)", dtKl, evidenceError / problems, dtTime);
    int calibrationN = 100;
    particleRow("smc", calibrationN, held, exact, Math.min(10, particleProblems), 10, seed, false);
    particleRow("importance", calibrationN, held, exact, Math.min(10, particleProblems), 10, seed,
        false);
    double[] calib = particleRow("smc", calibrationN, held, exact, particleProblems, klDraws / 4,
        seed, false);
    int equalN = (int) Math.max(2, Math.round(calibrationN * dtTime / calib[2]));
    double[] dtSubset = Arrays.copyOf(dtKl, particleProblems);
    double dtSubsetMean = mean(dtSubset);
    double dtSubsetMedian = median(dtSubset);
    int[] matchN = {-1, -1};
    double[] matchTime = new double[2];
    double largestSmcTime = Double.NaN;
    for (int n : new int[] {equalN, 100, 1000, 10000, 30000}) {
      for (boolean importance : new boolean[] {false, true}) {
        double[] r = particleRow(importance ? "importance" : "smc", n, held, exact,
            particleProblems, klDraws / 4, seed, true);
        if (importance) {
          continue;
        }
        largestSmcTime = r[2];
        if (matchN[0] < 0 && r[0] <= dtSubsetMean) {
          matchN[0] = n;
          matchTime[0] = r[2];
        }
        if (matchN[1] < 0 && r[3] <= dtSubsetMedian) {
          matchN[1] = n;
          matchTime[1] = r[2];
        }
      }
    }
    System.out.printf("# DT on the first %d problems: mean KL %.4f, median KL %.4f; SMC at equal "
        + "wall time uses %d particles%n", particleProblems, dtSubsetMean, dtSubsetMedian, equalN);
    String[] criterion = {"mean", "median"};
    for (int c = 0; c < 2; c++) {
      if (matchN[c] > 0) {
        System.out.printf("# SMC matches the DT's %s KL at %d particles: %.3g s per problem, "
            + "%.0fx the DT's %.3g s%n", criterion[c], matchN[c], matchTime[c],
            matchTime[c] / dtTime, dtTime);
      } else {
        System.out.printf("# SMC did not reach the DT's %s KL with up to 30000 particles "
            + "(%.3g s per problem there, %.0fx the DT's %.3g s)%n", criterion[c],
            largestSmcTime, largestSmcTime / dtTime, dtTime);
      }
    }
  }

  private static double[] particleRow(String method, int n, List<HeldOutProblem> held,
      List<Gmm> exact, int count, int klDraws, long seed, boolean print) {
    double[] kl = new double[count];
    double evidence = 0;
    double time = 0;
    Rng rng = Rng.seeded(seed + 7);
    Rng klRng = Rng.seeded(seed + 8);
    BiFunction<HeldOutProblem, Rng, Empirical<Double>> run = (p, r) -> method.equals("smc")
        ? Smc.run(GaussianMeanModel.of(p.prior(), p.observations(), NOISE),
            SmcConfig.defaults().withParticles(n), r).empirical()
        : Importance.run(GaussianMeanModel.of(p.prior(), p.observations(), NOISE), n, r,
            Parallelism.allCores()).empirical();
    for (int i = 0; i < count; i++) {
      HeldOutProblem p = held.get(i);
      long t0 = System.nanoTime();
      Empirical<Double> draws = run.apply(p, rng.split());
      time += (System.nanoTime() - t0) / 1e9;
      kl[i] = MixtureKl.estimate(exact.get(i), ParticleDensity.of(draws), klDraws, klRng).kl();
      evidence += Math.abs(draws.logEvidence().orElse(Double.NaN)
          - ExactGaussianMean.logEvidence(p.prior(), p.observations(), NOISE));
    }
    if (print) {
      row(method + " N=" + n, kl, evidence / count, time / count);
    }
    return new double[] {mean(kl), evidence / count, time / count, median(kl)};
  }

  /** Importance sampling with the DT posterior as proposal: log mean of p(y|t) p(t) / q(t). */
  private static double dtLogEvidence(Gmm prior, double[][] y, Gmm q, Rng rng) {
    double[] terms = new double[EVIDENCE_DRAWS];
    for (int i = 0; i < EVIDENCE_DRAWS; i++) {
      double[] t = q.sample(rng);
      terms[i] = ExactGaussianMean.logLikelihood(t[0], y, NOISE) + prior.logDensity(t)
          - q.logDensity(t);
    }
    return SpecialFunctions.logSumExp(terms) - Math.log(EVIDENCE_DRAWS);
  }

  private static void row(String name, double[] kl, double evidenceError, double time) {
    double[] sorted = kl.clone();
    Arrays.sort(sorted);
    System.out.printf("%-22s %12.4f %12.4f %10.4f %14s %14s%n", name, mean(kl),
        sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)],
        Double.isNaN(evidenceError) ? "-" : String.format("%.4f", evidenceError),
        Double.isNaN(time) ? "-" : String.format("%.3g s", time));
  }

  private static double median(double[] v) {
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
