import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * SMC with 10,000 particles inside one warmed-up JVM, on the benchmark's three models both as
 * compiled .ppl programs and as the same models written in the Java DSL: separates the cost of
 * the inference blocks from that of the .ppl evaluator and of JVM start-up. Prints the median
 * of REPEATS runs after two warm-up runs, per model, form and thread count, in wall seconds and
 * in CPU seconds of the whole process (all threads, GC and JIT included).
 */
public class InProcess {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int repeats = Integer.parseInt(args[1]);
    System.out.println("| model | form | threads | SMC 10k particles, wall s (median of " + repeats
        + ") | process CPU s (median) |");
    System.out.println("|---|---|---:|---:|---:|");
    for (String name : List.of("coin", "hmm", "linreg")) {
      Program program = PplCompiler.compile(name + ".ppl",
          Files.readString(dir.resolve("ppl/" + name + ".ppl")));
      var data = DataLoader.load(program.dataInputs(),
          Optional.of(dir.resolve("data/" + name + ".json"))).values();
      Model<?> compiled = program.model(data);
      Model<?> dsl = dsl(name, data);
      for (int threads : new int[] {1, 2}) {
        report(name, "compiled .ppl", threads, compiled, repeats);
        report(name, "Java DSL", threads, dsl, repeats);
      }
    }
  }

  static void report(String name, String form, int threads, Model<?> model, int repeats) {
    SmcConfig config = SmcConfig.defaults().withParticles(10_000)
        .withParallelism(new Parallelism(threads));
    var os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double[] times = new double[repeats];
    double[] cpu = new double[repeats];
    for (int r = -2; r < repeats; r++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      Smc.run(model, config, Rng.seeded(r + 10));
      if (r >= 0) {
        times[r] = (System.nanoTime() - t0) / 1e9;
        cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
      }
    }
    java.util.Arrays.sort(times);
    java.util.Arrays.sort(cpu);
    System.out.printf("| %s | %s | %d | %.3f | %.3f |%n", name, form, threads, times[repeats / 2],
        cpu[repeats / 2]);
  }

  static List<Double> reals(Value v) {
    List<Double> out = new ArrayList<>();
    for (Value x : ((ArrayValue) v).elements()) {
      out.add(((RealValue) x).value());
    }
    return out;
  }

  static Model<?> dsl(String name, java.util.Map<String, Value> data) {
    switch (name) {
      case "coin": {
        List<Boolean> flips = new ArrayList<>();
        for (Value x : ((ArrayValue) data.get("flips")).elements()) {
          flips.add(((BoolValue) x).value());
        }
        return Model.sample(Distributions.beta(1, 1)).flatMap(p -> Model.forEach(flips,
            f -> Model.observe(Distributions.bernoulli(p), f)).then(Model.pure(p)));
      }
      case "hmm": {
        List<Double> ys = reals(data.get("ys"));
        return Model.sample(Distributions.normal(0, 1)).flatMap(x0 -> Model.fold(ys, x0,
            (x, y) -> Model.sample(Distributions.normal(x, 1)).flatMap(x2 ->
                Model.observe(Distributions.normal(x2, 1), y).then(Model.pure(x2)))));
      }
      default: {
        List<Double> xs = reals(data.get("xs"));
        List<Double> ys = reals(data.get("ys"));
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
          idx.add(i);
        }
        return Model.sample(Distributions.normal(0, 10)).flatMap(a ->
            Model.sample(Distributions.normal(0, 10)).flatMap(b -> Model.forEach(idx,
                i -> Model.observe(Distributions.normal(a + b * xs.get(i), 1), ys.get(i)))
                .then(Model.pure(a))));
      }
    }
  }
}
