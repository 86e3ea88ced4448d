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
 * ({@link LinearRegression#simulate}), through {@link Sampler#draw}. Rows: the monadic DSL and
 * the direct-style form of the same model. Usage: java ForwardSampling [seconds-per-round].
 */
public final class ForwardSampling {
  private static volatile double sink;

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
    double[] xs = new double[100];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = -2.0 + 4.0 * i / (xs.length - 1);
    }
    System.out.printf(Locale.ROOT, "%-10s %6s %12s %14s%n", "form", "points", "samples/s", "(min..max)");
    report("monadic", () -> LinearRegression.simulate(xs), seconds);
    report("direct", () -> LinearRegression.simulateDirect(xs), seconds);
  }

  private static void report(String form, Supplier<Model<LinearRegression.Simulation>> model,
      double seconds) {
    Rng rng = Rng.seeded(1);
    Model<LinearRegression.Simulation> m = model.get();
    run(m, rng, seconds); // warm-up round, not reported
    double[] rates = new double[5];
    for (int r = 0; r < rates.length; r++) {
      rates[r] = run(m, rng, seconds);
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "%-10s %6d %12.0f %14s%n", form, 100, rates[2],
        String.format(Locale.ROOT, "(%.0f..%.0f)", rates[0], rates[4]));
  }

  /** Draws for about {@code seconds}; returns draws per second. */
  private static double run(Model<LinearRegression.Simulation> m, Rng rng, double seconds) {
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
    return count / ((now - start) / 1e9);
  }
}
