import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.ppl4j.examples.dsl.LinearRegression;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Forward samples per second of the DSL Bayesian linear regression with 100 data points: each
 * sample draws slope, intercept and sigma from the prior and simulates 100 outputs
 * ({@link LinearRegression#simulate}), through {@link Sampler#draw}, on one thread. Rows: the
 * monadic DSL and the direct-style form of the same model; columns: the median of 5 rounds
 * (after a warm-up round) per second of the process's CPU time, their range, and per second of
 * wall time. Usage: java ForwardSampling [seconds-per-round].
 */
public final class ForwardSampling {
  private static volatile double sink;

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
    double[] xs = new double[100];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = -2.0 + 4.0 * i / (xs.length - 1);
    }
    System.out.printf(Locale.ROOT, "%-10s %6s %14s %16s %14s%n",
        "form", "points", "samples/cpu-s", "(min..max)", "samples/wall-s");
    report("monadic", () -> LinearRegression.simulate(xs), seconds);
    report("direct", () -> LinearRegression.simulateDirect(xs), seconds);
  }

  private static void report(String form, Supplier<Model<LinearRegression.Simulation>> model,
      double seconds) {
    Rng rng = Rng.seeded(1);
    Model<LinearRegression.Simulation> m = model.get();
    run(m, rng, seconds); // warm-up round, not reported
    double[] cpuRates = new double[5];
    double[] wallRates = new double[5];
    for (int r = 0; r < cpuRates.length; r++) {
      double[] rates = run(m, rng, seconds);
      cpuRates[r] = rates[0];
      wallRates[r] = rates[1];
    }
    Arrays.sort(cpuRates);
    Arrays.sort(wallRates);
    System.out.printf(Locale.ROOT, "%-10s %6d %14.0f %16s %14.0f%n", form, 100, cpuRates[2],
        String.format(Locale.ROOT, "(%.0f..%.0f)", cpuRates[0], cpuRates[4]), wallRates[2]);
  }

  /**
   * Draws for about {@code seconds} of wall time; returns draws per second of this process's CPU
   * time (all its threads, garbage collection and JIT included; robust to other processes on a
   * shared machine) and per second of wall time.
   */
  private static double[] run(Model<LinearRegression.Simulation> m, Rng rng, double seconds) {
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    long count = 0;
    double acc = 0;
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        acc += Sampler.draw(m, rng).ys()[99];
      }
      count += 64;
      now = System.nanoTime();
    } while (now < deadline);
    sink = acc;
    long cpu = processCpuNanos() - cpuStart;
    return new double[] {count / (cpu / 1e9), count / ((now - start) / 1e9)};
  }
}
