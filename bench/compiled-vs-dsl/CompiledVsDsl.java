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

    List<String> rows = new ArrayList<>();
    double[] compiledTimes = time(() -> Importance.run(compiledModel, runs, Rng.seeded(1),
        Parallelism.sequential()).empirical(), runs, repeats, "alpha", rows, "compiled .ppl");
    double[] dslTimes = time(() -> Importance.run(dslModel, runs, Rng.seeded(1),
        Parallelism.sequential()).empirical(), runs, repeats, "value[0]", rows, "Java DSL");

    System.out.printf(Locale.ROOT, "Bayesian linear regression, %d points; importance sampling, "
        + "%d runs, 1 thread; median of %d timed repeats after 3 warm-up runs (%s, %d cores)%n%n",
        POINTS, runs, repeats, System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    System.out.println("| model | median time (s) | runs per second | posterior mean of alpha |");
    System.out.println("|---|---:|---:|---:|");
    rows.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "%nratio compiled / DSL: %.2f (target: at most 2)%n",
        median(compiledTimes) / median(dslTimes));
  }

  static ArrayValue reals(double[] xs) {
    List<Value> values = new ArrayList<>(xs.length);
    for (double v : xs) {
      values.add(new RealValue(v));
    }
    return new ArrayValue(values);
  }

  /** Times {@code run} (3 warm-up runs, then {@code repeats} timed runs) and adds a table row. */
  static <A> double[] time(Supplier<Empirical<A>> run, int runs, int repeats, String leaf,
      List<String> rows, String label) {
    Empirical<A> last = null;
    for (int i = 0; i < 3; i++) {
      last = run.get();
    }
    double[] seconds = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      last = run.get();
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    rows.add(String.format(Locale.ROOT, "| %s | %.3f | %.0f | %.3f |", label, median(seconds),
        runs / median(seconds), weightedMean(last, leaf)));
    return seconds;
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
