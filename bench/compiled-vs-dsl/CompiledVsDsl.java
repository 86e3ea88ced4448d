// Compiled .ppl against the Java DSL: the same Bayesian linear regression (100 points, noise sd
// 0.5 known, normal(0, 10) priors), run by the same method (importance sampling from the prior,
// one thread) for the same number of runs, after JIT warm-up. Prints a Markdown table.
//
// Usage (from the repository root, after ./ppl has built runner/target/ppl.jar):
//   java -cp runner/target/ppl.jar bench/compiled-vs-dsl/CompiledVsDsl.java \
//       examples/linear_regression.ppl [RUNS] [REPEATS]

import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dsl.Dsl.forRange;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Leaves;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

public class CompiledVsDsl {
  static final int POINTS = 100;

  public static void main(String[] args) throws Exception {
    Path program = Path.of(args.length > 0 ? args[0] : "examples/linear_regression.ppl");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;

    // 100 points: x evenly on [-2, 2], y = 1 + 2 x + normal(0, 0.5) noise, fixed seed.
    double[] x = new double[POINTS];
    double[] y = new double[POINTS];
    Rng dataRng = Rng.seeded(2026);
    for (int i = 0; i < POINTS; i++) {
      x[i] = -2 + 4.0 * i / (POINTS - 1);
      y[i] = 1 + 2 * x[i] + 0.5 * dataRng.nextGaussian();
    }

    Program compiled = PplCompiler.compile(program.toString(), Files.readString(program));
    Model<Value> compiledModel = compiled.model(Map.of("x", reals(x), "y", reals(y)));
    Model<double[]> dslModel = sample(normal(0, 10)).flatMap(alpha ->
        sample(normal(0, 10)).flatMap(beta ->
            forRange(POINTS, i -> observe(normal(alpha + beta * x[i], 0.5), y[i]))
                .then(pure(new double[] {alpha, beta}))));

    Supplier<Empirical<Value>> compiledRun = () -> Importance.run(compiledModel, runs,
        Rng.seeded(1), Parallelism.sequential()).empirical();
    Supplier<Empirical<double[]>> dslRun = () -> Importance.run(dslModel, runs, Rng.seeded(1),
        Parallelism.sequential()).empirical();
    for (int i = 0; i < 3; i++) { // JIT warm-up of both
      compiledRun.get();
      dslRun.get();
    }
    // Timed repeats alternate the two, so that load from other processes hits both alike. The
    // CPU time of this (single) thread is the main measure: it does not count time spent waiting
    // for a core on a shared machine; the process CPU time (adding garbage collection and JIT
    // threads) and the wall time are shown beside it.
    Timing compiledTime = new Timing();
    Timing dslTime = new Timing();
    Empirical<Value> compiledDraws = null;
    Empirical<double[]> dslDraws = null;
    for (int r = 0; r < repeats; r++) {
      compiledDraws = compiledTime.measure(compiledRun);
      dslDraws = dslTime.measure(dslRun);
    }

    System.out.printf(Locale.ROOT, "Bayesian linear regression, %d points; importance sampling, "
        + "%d runs, 1 thread; median of %d alternating repeats after 3 warm-up runs each "
        + "(%s %s, %d cores)%n%n", POINTS, runs, repeats, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    System.out.println("| model | thread CPU (s) | process CPU (s) | wall (s) "
        + "| runs per thread-CPU second | posterior mean of alpha |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    System.out.println(compiledTime.row("compiled .ppl", runs,
        weightedMean(compiledDraws, "alpha")));
    System.out.println(dslTime.row("Java DSL", runs, weightedMean(dslDraws, "value[0]")));
    System.out.printf(Locale.ROOT, "%nratio compiled / DSL (CPU time): %.2f (target: at most 2)%n",
        median(compiledTime.cpu) / median(dslTime.cpu));
  }

  /** CPU and wall times of repeated runs. */
  static final class Timing {
    final List<Double> cpuList = new ArrayList<>();
    final List<Double> processList = new ArrayList<>();
    final List<Double> wallList = new ArrayList<>();
    double[] cpu = new double[0];

    <A> A measure(Supplier<A> run) {
      java.lang.management.ThreadMXBean bean =
          java.lang.management.ManagementFactory.getThreadMXBean();
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = bean.getCurrentThreadCpuTime();
      long process0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      A result = run.get();
      cpuList.add((bean.getCurrentThreadCpuTime() - cpu0) / 1e9);
      processList.add((os.getProcessCpuTime() - process0) / 1e9);
      wallList.add((System.nanoTime() - wall0) / 1e9);
      cpu = cpuList.stream().mapToDouble(Double::doubleValue).toArray();
      return result;
    }

    String row(String label, int runs, double meanAlpha) {
      double wall = median(wallList.stream().mapToDouble(Double::doubleValue).toArray());
      double process = median(processList.stream().mapToDouble(Double::doubleValue).toArray());
      return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.0f | %.3f |", label,
          median(cpu), process, wall, runs / median(cpu), meanAlpha);
    }
  }

  static ArrayValue reals(double[] xs) {
    List<Value> values = new ArrayList<>(xs.length);
    for (double v : xs) {
      values.add(new RealValue(v));
    }
    return new ArrayValue(values);
  }

  static <A> double weightedMean(Empirical<A> draws, String leaf) {
    double[] logWeights = draws.logWeights();
    double max = Arrays.stream(logWeights).max().orElseThrow();
    double total = 0;
    double sum = 0;
    for (int i = 0; i < logWeights.length; i++) {
      double w = Math.exp(logWeights[i] - max);
      double v = Leaves.flatten("value", draws.values().get(i)).stream()
          .filter(l -> l.name().equals(leaf)).findFirst().orElseThrow().value();
      total += w;
      sum += w * v;
    }
    return sum / total;
  }

  static double median(double[] xs) {
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
