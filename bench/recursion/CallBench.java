import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * Time of ordinary (shallow) calls in the .ppl evaluator, inside one warmed-up JVM: a pure
 * non-tail recursion (fib), a pure helper called from a fold, an effectful helper called by a
 * shallow non-tail recursion, and an effectful fold (the HMM step). Each program's model is run
 * forward (seed 1) in a loop; prints the median and least of REPEATS timings after 5 warm-up
 * runs, in CPU time of the running thread (which a loaded machine stretches far less than wall
 * time) and in wall time. A hop to a deep-stack worker runs on another thread: its CPU time is
 * not counted, its wall time is.
 * usage: java -cp runner/target/ppl.jar bench/recursion/CallBench.java [REPEATS]
 */
public class CallBench {
  static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  static final Map<String, String> PROGRAMS = Map.of(
      "pure fib(25)", "fun fib(n) = if n < 2 { n } else { fib(n - 1) + fib(n - 2) }\nreturn fib(25)",
      "pure helper x 300k", "fun sq(x) = x * x + 1\nreturn fold(fn (a, x) => a + sq(x), 0, 0..300000)",
      "effectful helper x 200 x 500", "fun draw(x) { y ~ normal(x, 1)\n y }\n"
          + "fun go(n) = if n == 0 { 0.0 } else { draw(0) + go(n - 1) }\n"
          + "return fold(fn (a, i) => a + go(200), 0, 0..500)",
      "pure tail count(200) x 500", "fun count(n, acc) = if n == 0 { acc } else { count(n - 1, acc + 1) }\n"
          + "return fold(fn (a, i) => a + count(200, 0), 0, 0..500)",
      "pure non-tail sum(200) x 500", "fun sum(n) = if n == 0 { 0 } else { n + sum(n - 1) }\n"
          + "return fold(fn (a, i) => a + sum(200), 0, 0..500)",
      "pure tail count(5000) x 20", "fun count(n, acc) = if n == 0 { acc } else { count(n - 1, acc + 1) }\n"
          + "return fold(fn (a, i) => a + count(5000, 0), 0, 0..20)",
      "pure non-tail sum(5000) x 20", "fun sum(n) = if n == 0 { 0 } else { n + sum(n - 1) }\n"
          + "return fold(fn (a, i) => a + sum(5000), 0, 0..20)",
      "effectful fold x 100k", "fun step(x, y) {\n x2 ~ normal(x, 1)\n observe y ~ normal(x2, 1)\n x2\n}\n"
          + "return fold(step, 0.0, map(fn (i) => 0.5, 0..100000))");

  public static void main(String[] args) {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    System.out.println("| program | thread CPU ms, median | min | wall ms, median | min |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String name : new java.util.TreeSet<>(PROGRAMS.keySet())) {
      Model<Value> model = PplCompiler.compile("bench.ppl", PROGRAMS.get(name)).model(Map.of());
      for (int i = 0; i < 5; i++) {
        run(model);
      }
      List<Double> times = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        run(model);
        cpu.add((CPU.getCurrentThreadCpuTime() - c0) / 1e6);
        times.add((System.nanoTime() - t0) / 1e6);
      }
      Collections.sort(times);
      Collections.sort(cpu);
      System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f |%n", name,
          cpu.get(cpu.size() / 2), cpu.get(0), times.get(times.size() / 2), times.get(0));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Value run(Model<Value> model) {
    Rng rng = Rng.seeded(1);
    Model<Value> current = model;
    while (true) {
      Step<Value> step = current.resume();
      if (step instanceof Step.Done<Value> done) {
        return done.value();
      } else if (step instanceof Step.Sampled sampled) {
        Distribution d = sampled.distribution();
        current = (Model<Value>) sampled.resumeWith(d.sample(rng));
      } else if (step instanceof Step.Scored<Value> scored) {
        current = scored.resumeAfter();
      }
    }
  }
}
