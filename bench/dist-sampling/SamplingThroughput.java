import java.util.LinkedHashMap;
import java.util.Map;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.random.Rng;

/**
 * Draws per second and log-density evaluations per second of each distribution, single
 * thread: 3 warm-up rounds then the best of 5 timed rounds of 2,000,000 calls each.
 */
public class SamplingThroughput {
  private static final int CALLS = 2_000_000;

  public static void main(String[] args) {
    Map<String, Distribution<?>> cases = new LinkedHashMap<>();
    cases.put("normal(0, 1)", Distributions.normal(0, 1));
    cases.put("student_t(3, 0, 1)", Distributions.studentT(3, 0, 1));
    cases.put("beta(2, 3)", Distributions.beta(2, 3));
    cases.put("gamma(0.3, 1)", Distributions.gamma(0.3, 1));
    cases.put("gamma(7.5, 1)", Distributions.gamma(7.5, 1));
    cases.put("bernoulli(0.3)", Distributions.bernoulli(0.3));
    cases.put("binomial(10, 0.3)", Distributions.binomial(10, 0.3));
    cases.put("binomial(1000, 0.4)", Distributions.binomial(1000, 0.4));
    cases.put("poisson(3.5)", Distributions.poisson(3.5));
    cases.put("poisson(1000)", Distributions.poisson(1000));
    cases.put("neg_binomial(2.7, 0.25)", Distributions.negBinomial(2.7, 0.25));
    cases.put("categorical(4)", Distributions.categorical(new double[] {0.1, 0.2, 0.3, 0.4}));
    cases.put("dirichlet(3)", Distributions.dirichlet(new double[] {0.4, 2, 5.5}));
    cases.put("mv_normal(3)", Distributions.mvNormal(new double[] {0, 0, 0},
        new double[][] {{2, 0.6, -0.3}, {0.6, 1, 0.2}, {-0.3, 0.2, 0.5}}));
    System.out.println("| distribution | draws/s (millions) | logDensity/s (millions) |");
    System.out.println("|---|---|---|");
    for (Map.Entry<String, Distribution<?>> e : cases.entrySet()) {
      System.out.printf("| %s | %.1f | %.1f |%n", e.getKey(), best(e.getValue(), true),
          best(e.getValue(), false));
    }
  }

  private static <T> double best(Distribution<T> d, boolean sampling) {
    Rng rng = Rng.seeded(1);
    T x = d.sample(rng);
    double bestRate = 0;
    double sink = 0;
    for (int round = 0; round < 8; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < CALLS; i++) {
        if (sampling) {
          sink += d.sample(rng).hashCode();
        } else {
          sink += d.logDensity(x);
        }
      }
      double rate = CALLS / ((System.nanoTime() - start) / 1e9) / 1e6;
      if (round >= 3) {
        bestRate = Math.max(bestRate, rate);
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    return bestRate;
  }
}
