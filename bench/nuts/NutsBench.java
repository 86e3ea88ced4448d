import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.nuts.Nuts;
import org.ppl4j.inference.nuts.NutsConfig;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.inference.nuts.NutsTarget;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.ProgramTarget;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.DifferentiableModel;

/**
 * The NUTS benchmark (bench/nuts/run.sh): one table row per run. Modes:
 * {@code ppl MODEL.ppl DATA.json WARMUP SAMPLES CHAINS SEED} runs NUTS on a .ppl program;
 * {@code dsl eight_schools|logistic DATA.json WARMUP SAMPLES CHAINS SEED} on the same model
 * written with the Java DifferentiableModel DSL; {@code webppl NAME RESULT.json...} summarises WebPPL HMC runs
 * (one file per chain). Columns: seconds (wall, sampling incl. warm-up), gradient evaluations per
 * second, minimum bulk ESS over the parameters, and that ESS per second.
 */
public class NutsBench {
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "ppl": {
        Program program = PplCompiler.compile(args[1], Files.readString(Path.of(args[1])));
        var data = DataLoader.load(program.dataInputs(), Optional.of(Path.of(args[2])));
        ProgramTarget target = new ProgramTarget(program.model(data.values()),
            program.resultName());
        nuts("ppl4j nuts (.ppl)", Path.of(args[1]).getFileName().toString(), target, args);
        break;
      }
      case "dsl": {
        JsonNode data = new ObjectMapper().readTree(Path.of(args[2]).toFile());
        DifferentiableModel model = args[1].equals("eight_schools")
            ? eightSchools(data) : logistic(data);
        nuts("ppl4j nuts (Java DSL)", args[1], ModelTarget.of(model), args);
        break;
      }
      case "webppl": {
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
          files.add(Path.of(args[i]));
        }
        webppl(args[1], files);
        break;
      }
      default:
        throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  static void nuts(String system, String model, NutsTarget target, String[] a) {
    NutsConfig config = NutsConfig.defaults().withIterations(Integer.parseInt(a[3]),
        Integer.parseInt(a[4]), Integer.parseInt(a[5]));
    // one short untimed run to compile the hot code (JIT warm-up)
    Nuts.sample(target, NutsConfig.defaults().withIterations(100, 50, 1), Rng.seeded(0));
    long start = System.nanoTime();
    NutsResult r = Nuts.sample(target, config, Rng.seeded(Long.parseLong(a[6])));
    double seconds = (System.nanoTime() - start) / 1e9;
    double minEss = Double.POSITIVE_INFINITY;
    for (int k = 0; k < r.outputNames().size(); k++) {
      minEss = Math.min(minEss, ChainDiagnostics.bulkEss(r.chainsOf(k)));
    }
    row(system, model, config.chains() + "x(" + config.warmup() + "+" + config.samples() + ")",
        seconds, r.gradientEvaluations(), minEss, r.divergences() + " div");
  }

  /** Summarises WebPPL HMC runs, one file per chain (one seed each). */
  static void webppl(String model, List<Path> results) throws Exception {
    List<Map<String, List<Double>>> chains = new ArrayList<>();
    double seconds = 0;
    long leapfrog = 0;
    int iterations = 0;
    int kept = 0;
    for (Path result : results) {
      JsonNode json = new ObjectMapper().readTree(result.toFile());
      JsonNode draws = json.get("draws");
      Map<String, List<Double>> columns = new java.util.LinkedHashMap<>();
      for (JsonNode draw : draws) {
        for (Iterator<Map.Entry<String, JsonNode>> it = draw.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isArray()) {
            for (int j = 0; j < e.getValue().size(); j++) {
              columns.computeIfAbsent(e.getKey() + "[" + j + "]", k -> new ArrayList<>())
                  .add(e.getValue().get(j).asDouble());
            }
          } else {
            columns.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add(e.getValue().asDouble());
          }
        }
      }
      chains.add(columns);
      seconds += json.get("seconds").asDouble();
      leapfrog += json.get("leapfrog").asLong();
      iterations = json.get("iterations").asInt();
      kept = draws.size();
    }
    double minEss = Double.POSITIVE_INFINITY;
    for (String name : chains.get(0).keySet()) {
      double[][] x = new double[chains.size()][];
      for (int c = 0; c < x.length; c++) {
        x[c] = chains.get(c).get(name).stream().mapToDouble(Double::doubleValue).toArray();
      }
      double ess = ChainDiagnostics.bulkEss(x);
      // a chain that never moves has no defined ESS: count it as 0
      minEss = Math.min(minEss, Double.isNaN(ess) || ess < 0 ? 0 : ess);
    }
    // chains run one after another: seconds are summed, as for one process per chain
    row("webppl 0.9.15 HMC", model, chains.size() + "x(" + (iterations - kept) + "+" + kept
        + ")", seconds, leapfrog, minEss, "10 leapfrog steps per iteration, fixed step size");
  }

  static void row(String system, String model, String draws, double seconds, long gradients,
      double minEss, String note) {
    System.out.printf("| %-22s | %-30s | %-14s | %8.2f | %10.0f | %8.0f | %8.1f | %s |%n",
        system, model, draws, seconds, gradients / seconds, minEss, minEss / seconds, note);
  }

  static double[] reals(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  static DifferentiableModel eightSchools(JsonNode data) {
    double[] y = reals(data.get("y"));
    double[] sigma = reals(data.get("sigma"));
    return joint -> {
      AdReal[] eta = new AdReal[y.length];
      for (int j = 0; j < y.length; j++) {
        eta[j] = joint.sampleUnnamed(AdDistribution.normal(0, 1))[0];
      }
      AdReal mu = joint.sample("mu", AdDistribution.normal(0, 5));
      AdReal tau = joint.sample("tau",
          AdDistribution.of(Family.HALF_CAUCHY, AdReal.constant(5)));
      for (int j = 0; j < y.length; j++) {
        AdReal theta = eta[j].times(tau).plus(mu);
        joint.output("theta[" + j + "]", theta);
        joint.observe(AdDistribution.normal(theta, AdReal.constant(sigma[j])), y[j]);
      }
    };
  }

  static DifferentiableModel logistic(JsonNode data) {
    int n = data.get("N").asInt();
    int k = data.get("K").asInt();
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = reals(data.get("x").get(i));
      y[i] = data.get("y").get(i).asBoolean() ? 1 : 0;
    }
    return joint -> {
      AdReal alpha = joint.sample("alpha", AdDistribution.normal(0, 5));
      AdReal[] beta = new AdReal[k];
      for (int j = 0; j < k; j++) {
        beta[j] = joint.sample("beta[" + j + "]", AdDistribution.normal(0, 1));
      }
      for (int i = 0; i < n; i++) {
        AdReal p = AdMath.logistic(AdMath.dot(beta, x[i]).plus(alpha));
        joint.observe(AdDistribution.of(Family.BERNOULLI, p), y[i]);
      }
    };
  }
}
