import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.special.Erf;
import org.ppl4j.bench.dt.MixtureKl;
import org.ppl4j.bench.dt.ParticleDensity;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.pfn.dt.DistributionTransformer;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.pfn.dt.evaluation.ExactGaussianMean;
import org.ppl4j.pfn.dt.evaluation.GaussianMeanLikelihood;
import org.ppl4j.pfn.dt.evaluation.HeldOutProblem;
import org.ppl4j.runner.dt.DtBatch;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The command-line benchmark of issue 24: {@code ppl dt apply} on many problems in one call,
 * corrected and raw, beside SMC on the same program. Problems: a scalar mean with noise 1 under
 * Gaussian-mixture priors drawn from the network's meta-prior, 1 to the network's maximum
 * observations ({@code bench/dt/mixture_prior.ppl}, the prior given as data); the exact posterior
 * is the closed-form mixture ({@link ExactGaussianMean}).
 *
 * <p>Time per problem of the DT: one {@code ppl dt apply} process over all problems, through
 * the launcher given as {@code --ppl} ({@code ./ppl}, with its JVM flags; a {@code .jar} runs
 * as {@code java -jar}), the median of {@value #RUNS} calls (its own {@code ms_per_problem} and
 * {@code cpu_ms_per_problem}: data loading, checks, network, correction, summary, and the JIT's
 * warm-up; the JVM start and the program's compilation are outside it); the corrected command
 * again with {@code JAVA_OPTS=-XX:TieredStopAtLevel=1} (the C1 compiler only, same answers);
 * and the same batch in-process once the JIT is warm. Its answers are recomputed
 * in-process through {@link DtBatch}, the code {@code apply} runs, with the same seed (the
 * posterior means are checked equal to the command's). SMC runs in-process on the same
 * compiled program, JIT warmed, one problem after another.
 *
 * <p>Accuracy: W1(exact, method) / sd(exact) on a 40,000-cell grid (midpoint rule), and
 * KL(exact ‖ method) by 500 draws of the exact posterior, the method's weighted draws smoothed
 * by a Gaussian kernel ({@link ParticleDensity}; for the network's own mixture also exactly).
 * The particle count at which SMC matches the corrected DT's mean W1/sd is found by bisection
 * on a log scale; the ratio is SMC's time there over the DT's.
 *
 * <p>Usage: {@code CommandLineEvaluation --net NET.dt --ppl ./ppl [--problems 200]
 * [--eval-problems 50] [--samples 4000] [--seed 1] [--work DIR] [--data-only]}
 * ({@code --data-only}: write the data files and stop, for timing the command alone).
 */
public final class CommandLineEvaluation {

  private static final double NOISE = 1.0;
  private static final int GRID = 40_000;
  private static final int KL_DRAWS = 500;
  /** The JVM flag of the command's second timing: the C1 compiler only (no C2 warm-up). */
  private static final String C1 = "-XX:TieredStopAtLevel=1";

  private CommandLineEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path net = Path.of(option(args, "--net", "mean.dt"));
    Path ppl = Path.of(option(args, "--ppl", "runner/target/ppl.jar"));
    int problems = Integer.parseInt(option(args, "--problems", "200"));
    int evalProblems = Math.min(problems, Integer.parseInt(option(args, "--eval-problems", "50")));
    int samples = Integer.parseInt(option(args, "--samples", "4000"));
    long seed = Long.parseLong(option(args, "--seed", "1"));
    Path work = Path.of(option(args, "--work", "/tmp/dt-cli-bench"));
    Path model = Path.of("bench/dt/mixture_prior.ppl");
    DistributionTransformer dt = DistributionTransformer.load(net);
    List<HeldOutProblem> held = HeldOutProblem.draw(dt.metaPrior(),
        new GaussianMeanLikelihood(NOISE), problems, 1, Math.max(1, dt.maxObservations()),
        Rng.seeded(seed));
    List<Map<String, Value>> data = new ArrayList<>();
    List<Gmm> exact = new ArrayList<>();
    Path dataDir = work.resolve("data");
    Files.createDirectories(dataDir);
    try (var old = Files.list(dataDir)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        Files.delete(p);
      }
    }
    for (int i = 0; i < problems; i++) {
      HeldOutProblem p = held.get(i);
      exact.add(ExactGaussianMean.posterior(p.prior(), p.observations(), NOISE));
      data.add(write(p, dataDir.resolve(String.format(Locale.ROOT, "p%04d.json", i))));
    }
    if (List.of(args).contains("--data-only")) {
      System.out.println("# wrote " + problems + " data files to " + dataDir);
      return;
    }
    Program program = PplCompiler.compile(model.toString(), Files.readString(model));
    System.out.printf(Locale.ROOT, "# %d problems (K 1..%d, n 1..%d), %d draws per DT problem;"
        + " accuracy on the first %d problems%n", problems, dt.metaPrior().maxComponents(),
        dt.maxObservations(), samples, evalProblems);
    System.out.printf("%-28s %10s %10s %13s %13s%n", "method", "W1/sd", "KL", "wall/problem",
        "CPU/problem");
    double[][] times = new double[2][];
    double[][] warm = new double[2][];
    double[] dtW1 = new double[2];
    for (int raw = 0; raw < 2; raw++) {
      double[] cliMeans = new double[problems];
      times[raw] = medianCli(ppl, model, net, dataDir, samples, seed, raw == 1, cliMeans, null);
      List<DtBatch.Answer> answers = DtBatch.apply(program, dt, net.getFileName().toString(),
          data, samples, raw == 1, seed);
      double[] w1 = new double[evalProblems];
      double[] kl = new double[evalProblems];
      Rng klRng = Rng.seeded(seed + 7);
      for (int i = 0; i < problems; i++) {
        Empirical<Value> draws = answers.get(i).posterior().draws();
        double mean = weightedMean(draws);
        if (Math.abs(mean - cliMeans[i]) > 1e-9 * (1 + Math.abs(mean))) {
          throw new IllegalStateException("problem " + i + ": in-process mean " + mean
              + " but the command gave " + cliMeans[i]);
        }
        if (i < evalProblems) {
          w1[i] = w1OverSd(exact.get(i), reals(draws), draws.logWeights());
          kl[i] = MixtureKl.estimate(exact.get(i), ParticleDensity.of(reals(draws),
              draws.logWeights()), KL_DRAWS, klRng).kl();
        }
      }
      dtW1[raw] = mean(w1);
      long t0 = System.nanoTime();
      long c0 = processCpuNanos();
      DtBatch.apply(program, dt, net.getFileName().toString(), data, samples, raw == 1, seed);
      warm[raw] = new double[] {(System.nanoTime() - t0) / 1e6 / problems,
          (processCpuNanos() - c0) / 1e6 / problems};
      System.out.printf(Locale.ROOT, "%-28s %10.4f %10.4f %10.2f ms %10.2f ms%n",
          raw == 1 ? "dt --raw (ppl dt apply)" : "dt corrected (ppl dt apply)", mean(w1),
          mean(kl), times[raw][0], times[raw][1]);
      System.out.printf(Locale.ROOT, "%-28s %10s %10s %10.2f ms %10.2f ms%n",
          raw == 1 ? "  same, in-process, warm" : "  same, in-process, warm", "", "",
          warm[raw][0], warm[raw][1]);
      if (raw == 0) {
        double[] c1Means = new double[problems];
        double[] c1 = medianCli(ppl, model, net, dataDir, samples, seed, false, c1Means, C1);
        if (!java.util.Arrays.equals(c1Means, cliMeans)) {
          throw new IllegalStateException("JAVA_OPTS=" + C1 + " changed the command's answers");
        }
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10.2f ms %10.2f ms%n",
            "  same, C1 compiler only", "", "", c1[0], c1[1]);
      }
      if (raw == 1) {
        double[] networkKl = new double[evalProblems];
        for (int i = 0; i < evalProblems; i++) {
          networkKl[i] = MixtureKl.estimate(exact.get(i), answers.get(i).networkPosterior(),
              KL_DRAWS, klRng).kl();
        }
        System.out.printf(Locale.ROOT, "%-28s %10s %10.4f %13s %13s%n", "dt network mixture",
            "-", mean(networkKl), "-", "-");
      }
    }
    smcRow(program, data, exact, evalProblems, 100, seed, true); // JIT warm-up, not printed
    double[] smc10k = smcRow(program, data, exact, evalProblems, 10_000, seed, false);
    int lo = 10;
    int hi = 10_000;
    double[] atHi = smc10k;
    while (atHi[0] > dtW1[0] && hi < 160_000) {
      lo = hi;
      hi *= 2;
      atHi = smcRow(program, data, exact, evalProblems, hi, seed, false);
    }
    if (atHi[0] > dtW1[0]) {
      System.out.printf(Locale.ROOT, "# SMC did not reach the corrected DT's W1/sd with up to %d"
          + " particles: ratio at least %.0fx (CPU)%n", hi, atHi[3] / times[0][1]);
      return;
    }
    while (hi > lo * 1.1) {
      int mid = (int) Math.round(Math.sqrt((double) lo * hi));
      double[] r = smcRow(program, data, exact, evalProblems, mid, seed, false);
      if (r[0] <= dtW1[0]) {
        hi = mid;
        atHi = r;
      } else {
        lo = mid;
      }
    }
    System.out.printf(Locale.ROOT, "# SMC matches the corrected DT's mean W1/sd (%.4f) at about"
        + " %d particles: %.2f ms wall, %.2f ms CPU per problem; ratio to the DT's CPU time:"
        + " %.1fx (the command), %.1fx (in-process, warm); SMC-10000: %.1fx and %.1fx%n",
        dtW1[0], hi, atHi[2], atHi[3], atHi[3] / times[0][1], atHi[3] / warm[0][1],
        smc10k[3] / times[0][1], smc10k[3] / warm[0][1]);
  }

  /**
   * Runs {@code ppl dt apply} once; returns its wall and CPU ms per problem and fills the
   * posterior means.
   */
  private static double[] cli(Path ppl, Path model, Path net, Path dataDir, int samples, long seed,
      boolean raw, double[] means, String javaOpts) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(ppl.toString().endsWith(".jar")
        ? List.of("java", "-jar", ppl.toString()) : List.of(ppl.toString()));
    command.addAll(List.of("dt", "apply", model.toString(), "--net", net.toString(), "--data",
        dataDir.toString(), "--samples", Integer.toString(samples), "--seed",
        Long.toString(seed)));
    if (raw) {
      command.add("--raw");
    }
    long t0 = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    if (javaOpts != null) {
      builder.environment().put("JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("ppl dt apply failed: " + out);
    }
    double wall = (System.nanoTime() - t0) / 1e6;
    Matcher m = Pattern.compile("\"mean\" : (\\S+?),").matcher(out);
    for (int i = 0; i < means.length; i++) {
      if (!m.find()) {
        throw new IllegalStateException("fewer means than problems in: " + out);
      }
      means[i] = Double.parseDouble(m.group(1));
    }
    Matcher ms = Pattern.compile("\"ms_per_problem\" : ([0-9.Ee+-]+)").matcher(out);
    Matcher cpu = Pattern.compile("\"cpu_ms_per_problem\" : ([0-9.Ee+-]+)").matcher(out);
    if (!ms.find() || !cpu.find()) {
      throw new IllegalStateException("no ms_per_problem in: " + out);
    }
    double[] time = {Double.parseDouble(ms.group(1)), Double.parseDouble(cpu.group(1))};
    System.out.printf(Locale.ROOT, "# %s dt apply%s%s: whole process %.0f ms for %d problems,"
        + " %.2f ms wall and %.2f ms CPU per problem (load %s)%n", ppl.getFileName(),
        raw ? " --raw" : "", javaOpts == null ? "" : " (JAVA_OPTS=" + javaOpts + ")", wall,
        means.length, time[0], time[1], Files.readString(Path.of("/proc/loadavg")).trim());
    return time;
  }

  /**
   * {@link #cli} {@value #RUNS} times (the machine is shared: one call's time varies with the
   * load); the run of median CPU time, every run's means checked equal.
   */
  private static double[] medianCli(Path ppl, Path model, Path net, Path dataDir, int samples,
      long seed, boolean raw, double[] means, String javaOpts)
      throws IOException, InterruptedException {
    double[][] runs = new double[RUNS][];
    for (int r = 0; r < RUNS; r++) {
      double[] again = new double[means.length];
      runs[r] = cli(ppl, model, net, dataDir, samples, seed, raw, again, javaOpts);
      for (int i = 0; i < means.length; i++) {
        if (r > 0 && again[i] != means[i]) {
          throw new IllegalStateException("problem " + i + ": the command's mean changed");
        }
        means[i] = again[i];
      }
    }
    java.util.Arrays.sort(runs, java.util.Comparator.comparingDouble(t -> t[1]));
    return runs[RUNS / 2];
  }

  /** Calls of the command per row. */
  private static final int RUNS = 3;

  /**
   * Mean W1/sd, mean KL (NaN when {@code quiet}), wall and CPU ms per problem of SMC with n
   * particles (CPU: the whole benchmark process's, during the runs).
   */
  private static double[] smcRow(Program program, List<Map<String, Value>> data, List<Gmm> exact,
      int count, int n, long seed, boolean quiet) {
    double[] w1 = new double[count];
    double[] kl = new double[count];
    long elapsed = 0;
    long cpu = 0;
    Rng klRng = Rng.seeded(seed + 11);
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      long c0 = processCpuNanos();
      Empirical<Value> draws = Smc.run(program.model(data.get(i)),
          SmcConfig.defaults().withParticles(n), Rng.seeded(seed + 1000 + i)).empirical();
      cpu += processCpuNanos() - c0;
      elapsed += System.nanoTime() - t0;
      w1[i] = w1OverSd(exact.get(i), reals(draws), draws.logWeights());
      kl[i] = quiet ? Double.NaN : MixtureKl.estimate(exact.get(i),
          ParticleDensity.of(reals(draws), draws.logWeights()), KL_DRAWS, klRng).kl();
    }
    double ms = elapsed / 1e6 / count;
    double cpuMs = cpu / 1e6 / count;
    if (!quiet) {
      System.out.printf(Locale.ROOT, "%-28s %10.4f %10.4f %10.2f ms %10.2f ms%n", "smc N=" + n,
          mean(w1), mean(kl), ms, cpuMs);
    }
    return new double[] {mean(w1), mean(kl), ms, cpuMs};
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** W1 between the exact mixture and weighted draws, over the exact sd (midpoint rule). */
  static double w1OverSd(Gmm exact, double[] x, double[] logWeights) {
    double mu = exact.mean()[0];
    double sd = 0;
    for (int c = 0; c < exact.components(); c++) {
      double d = exact.mean(c)[0] - mu;
      sd += Math.exp(exact.logWeight(c)) * (exact.covariance(c)[0][0] + d * d);
    }
    sd = Math.sqrt(sd);
    double[] w = LogWeights.normalisedByMax(logWeights);
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double low = Math.min(mu - 10 * sd, x[order[0]]);
    double high = Math.max(mu + 10 * sd, x[order[x.length - 1]]);
    double step = (high - low) / GRID;
    double total = 0;
    double empirical = 0;
    int k = 0;
    for (int g = 0; g < GRID; g++) {
      double t = low + (g + 0.5) * step;
      while (k < x.length && x[order[k]] <= t) {
        empirical += w[order[k++]];
      }
      total += Math.abs(empirical - cdf(exact, t)) * step;
    }
    return total / sd;
  }

  private static double cdf(Gmm g, double t) {
    double f = 0;
    for (int c = 0; c < g.components(); c++) {
      double s = Math.sqrt(g.covariance(c)[0][0]);
      f += Math.exp(g.logWeight(c)) * 0.5 * Erf.erfc(-(t - g.mean(c)[0]) / (s * Math.sqrt(2)));
    }
    return f;
  }

  private static Map<String, Value> write(HeldOutProblem p, Path file) throws IOException {
    Gmm prior = p.prior();
    int k = prior.components();
    double[] w = new double[k];
    double[] m = new double[k];
    double[] s = new double[k];
    for (int c = 0; c < k; c++) {
      w[c] = Math.exp(prior.logWeight(c));
      m[c] = prior.mean(c)[0];
      s[c] = Math.sqrt(prior.covariance(c)[0][0]);
    }
    double[] obs = new double[p.observations().length];
    for (int i = 0; i < obs.length; i++) {
      obs[i] = p.observations()[i][0];
    }
    Files.writeString(file, "{\"w\": " + json(w) + ", \"m\": " + json(m) + ", \"s\": " + json(s)
        + ", \"obs\": " + json(obs) + "}\n");
    return Map.of("w", values(w), "m", values(m), "s", values(s), "obs", values(obs));
  }

  private static String json(double[] x) {
    return Arrays.toString(x); // "[a, b]", each Double.toString
  }

  private static Value values(double[] x) {
    return new ArrayValue(Arrays.stream(x).mapToObj(v -> (Value) new RealValue(v)).toList());
  }

  private static double[] reals(Empirical<Value> draws) {
    double[] out = new double[draws.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((RealValue) draws.values().get(i)).value();
    }
    return out;
  }

  private static double weightedMean(Empirical<Value> draws) {
    double[] x = reals(draws);
    double[] w = LogWeights.normalisedByMax(draws.logWeights());
    double m = 0;
    for (int i = 0; i < x.length; i++) {
      m += w[i] * x[i];
    }
    return m;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).average().orElse(Double.NaN);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
