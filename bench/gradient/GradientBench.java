import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.ProgramTarget;

/**
 * Time per gradient of a program's log density, compiled (recorded once, replayed) and
 * interpreted (the program re-run on a tape), at the same fixed points: one table row per
 * program. Usage: {@code java -cp ppl.jar GradientBench.java SECONDS PROGRAM DATA [PROGRAM DATA...]}
 * (bench/gradient/run.sh). Each path is warmed for SECONDS, then timed for SECONDS of the
 * thread's CPU time (robust to other load on the machine); the row also
 * gives the largest relative difference between the two paths' values and partials.
 */
public class GradientBench {
  public static void main(String[] args) throws Exception {
    double seconds = Double.parseDouble(args[0]);
    System.out.println("| program | parameters | operations | interpreted µs/gradient"
        + " (CPU) | compiled µs/gradient (CPU) | speed-up | max relative difference |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (int a = 1; a + 1 < args.length; a += 2) {
      Program program = PplCompiler.compile(args[a], Files.readString(Path.of(args[a])));
      var data = DataLoader.load(program.dataInputs(), Optional.of(Path.of(args[a + 1])));
      var model = program.model(data.values());
      ProgramTarget compiled = new ProgramTarget(model, program.resultName(),
          program.drawRoles(), true);
      ProgramTarget interpreted = new ProgramTarget(model, program.resultName(),
          program.drawRoles(), false);
      int d = compiled.dimension();
      double[][] points = new double[16][d];
      Random r = new Random(1);
      for (double[] p : points) {
        for (int i = 0; i < d; i++) {
          p[i] = 0.3 * r.nextGaussian();
        }
      }
      double diff = 0;
      double[] g1 = new double[d];
      double[] g2 = new double[d];
      for (double[] p : points) {
        double v1 = compiled.logDensity(p, g1);
        double v2 = interpreted.logDensity(p, g2);
        diff = Math.max(diff, rel(v1, v2));
        for (int i = 0; i < d; i++) {
          diff = Math.max(diff, rel(g1[i], g2[i]));
        }
      }
      double ti = time(interpreted, points, seconds);
      double tc = time(compiled, points, seconds);
      String ops = compiled.densityPath().replaceAll("^compiled \\((\\d+) operations.*", "$1");
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1fx | %.1e |%n",
          Path.of(args[a]).getFileName(), d, ops.startsWith("interpreted") ? "-" : ops,
          ti, tc, ti / tc, diff);
    }
  }

  private static double rel(double a, double b) {
    return Math.abs(a - b) / Math.max(1.0, Math.abs(b));
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * Microseconds of this thread's CPU time per gradient (so that other processes on the
   * machine do not inflate it): warm for {@code seconds} of CPU, then time {@code seconds}.
   */
  private static double time(ProgramTarget target, double[][] points, double seconds) {
    double[] g = new double[target.dimension()];
    double sink = 0;
    long budget = (long) (seconds * 1e9);
    long warm = CPU.getCurrentThreadCpuTime();
    int k = 0;
    while (CPU.getCurrentThreadCpuTime() - warm < budget) {
      for (int i = 0; i < 16; i++) {
        sink += target.logDensity(points[k++ % points.length], g);
      }
    }
    long start = CPU.getCurrentThreadCpuTime();
    long n = 0;
    while (CPU.getCurrentThreadCpuTime() - start < budget) {
      for (int i = 0; i < 16; i++) {
        sink += target.logDensity(points[(int) (n++ % points.length)], g);
      }
    }
    if (sink == 42.0) {
      System.out.print("");
    }
    return (CPU.getCurrentThreadCpuTime() - start) / 1e3 / n;
  }
}
