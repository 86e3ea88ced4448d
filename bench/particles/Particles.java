import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.batched.BatchedSmc;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.ParticleProgram;
import org.ppl4j.semantics.value.Value;

/**
 * The bootstrap particle filter of bench/particles/random_walk.ppl (T = 300) run by
 * {@code --method smc} inside one JVM, the batched population and (up to PER_PARTICLE_MAX
 * particles) the per-particle one: particle-steps per second of the inference alone (runner
 * time: the program already compiled and recorded), best of REPEATS after a warm-up run, and the
 * log-evidence error against the Kalman filter's exact -435.9453 (mean and standard error over
 * SEEDS seeds). Prints one line per (path, N) as tab-separated values for run.sh.
 *
 * usage: java -cp ppl.jar Particles.java DIR THREADS REPEATS SEEDS N...
 */
public class Particles {
  static final double EXACT = -435.9453;
  static final int PER_PARTICLE_MAX = 10_000;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    int repeats = Integer.parseInt(args[2]);
    int seeds = Integer.parseInt(args[3]);
    Program program = PplCompiler.compile("random_walk.ppl",
        Files.readString(dir.resolve("random_walk.ppl")));
    var data = DataLoader.load(program.dataInputs(),
        Optional.of(dir.resolve("random_walk.json"))).values();
    Model<Value> model = program.model(data);
    ParticleProgram recorded =
        ((ParticleProgram.Outcome.Batchable) ParticleProgram.of(model)).program();
    int steps = recorded.scores();
    for (int a = 4; a < args.length; a++) {
      int n = Integer.parseInt(args[a]);
      SmcConfig config = SmcConfig.defaults().withParticles(n)
          .withParallelism(new Parallelism(threads));
      measure("batched", n, steps, repeats, seeds,
          seed -> BatchedSmc.run(recorded, config, Rng.seeded(seed), x -> { })
              .draws().logEvidence().orElseThrow());
      if (n <= PER_PARTICLE_MAX) {
        measure("per-particle", n, steps, n >= 100_000 ? 1 : repeats, n >= 100_000 ? 2 : seeds,
            seed -> Smc.run(model, config, Rng.seeded(seed)).logEvidence());
      }
    }
  }

  interface Run {
    double logEvidence(long seed);
  }

  static void measure(String path, int n, int steps, int repeats, int seeds, Run run) {
    run.logEvidence(1000); // warm-up
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < repeats; r++) {
      long t0 = System.nanoTime();
      run.logEvidence(2000 + r);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    double sum = 0;
    double sumSq = 0;
    for (int s = 0; s < seeds; s++) {
      double error = run.logEvidence(s + 1) - EXACT;
      sum += error;
      sumSq += error * error;
    }
    double mean = sum / seeds;
    double se = seeds > 1 ? Math.sqrt((sumSq - seeds * mean * mean) / (seeds - 1) / seeds) : 0;
    long heap = Runtime.getRuntime().totalMemory() / (1 << 20);
    System.out.printf("%s\t%d\t%.4f\t%.1f\t%.4f\t%.4f\t%d%n", path, n, best,
        (double) n * steps / best / 1e6, mean, se, heap);
  }
}
