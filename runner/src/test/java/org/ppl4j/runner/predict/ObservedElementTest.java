package org.ppl4j.runner.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.ObservedSite;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.cli.Main;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Invariants of the observed elements, exact (no tolerance): an observation's elements' log
 * densities sum to the score the {@code observe} made (vectorised, broadcast, {@code iid} and
 * multivariate forms); and the {@code --draws} file of {@code --predict} holds a
 * {@code rep.} and a {@code log_lik.} column per element after the run's own columns.
 */
class ObservedElementTest {
  @TempDir Path dir;

  @Test
  void elementsSumToTheScore() {
    String source = "mu ~ normal(0, 1)\n"
        + "observe [0.1, 0.7, -0.3] ~ normal([mu, mu, 0.0], [1.0, 2.0, 3.0])\n"
        + "observe [0.5, 1.5] ~ normal(mu, 2)\n"
        + "observe [1, 0, 2] ~ iid(poisson(1.5), 3)\n"
        + "observe [0.2, 0.4] ~ mv_normal([mu, 0.0], [[1.0, 0.3], [0.3, 1.0]])\n"
        + "observe 0.25 ~ beta(2, 3)\n"
        + "return mu\n";
    Program program = PplCompiler.compileObserving("e.ppl", source);
    List<double[]> scores = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    new Handler<Value, Value>() {
      @Override
      protected Value onDone(Value value) {
        return value;
      }

      @Override
      protected <X> Model<Value> onSample(Step.Sampled<X, Value> sampled) {
        @SuppressWarnings("unchecked")
        Step.Sampled<Value, Value> s =
            (Step.Sampled<Value, Value>) (Step.Sampled<?, Value>) sampled;
        return s.resumeWith(new RealValue(0.3));
      }

      @Override
      protected Model<Value> onScore(Step.Scored<Value> scored) {
        ObservedSite site = (ObservedSite) scored.site();
        List<ObservedElement> elements = ObservedElement.of(site);
        double sum = elements.stream().mapToDouble(ObservedElement::logLikelihood).sum();
        scores.add(new double[] {scored.logWeight(), sum});
        counts.add(elements.size());
        return scored.resumeAfter();
      }
    }.run(program.model(Map.of()));
    assertEquals(List.of(3, 2, 3, 1, 1), counts);
    for (double[] s : scores) {
      assertEquals(s[0], s[1], 1e-12 * Math.max(1, Math.abs(s[0])));
    }
  }

  @Test
  void drawsFileHasReplicateAndLogLikColumns() throws Exception {
    Path program = dir.resolve("m.ppl");
    Files.writeString(program, "mu ~ normal(0, 1)\nobserve [0.5, 1.5] ~ normal(mu, 1)\n"
        + "return mu\n");
    Path draws = dir.resolve("d.csv");
    int exit = Main.run(new String[] {"run", program.toString(), "--method", "mh", "--seed",
        "1", "--samples", "20", "--chains", "2", "--predict", "-q", "--draws", draws.toString()},
        new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()));
    assertEquals(0, exit);
    List<String> lines = Files.readAllLines(draws);
    assertEquals("mu,rep.observe@2:1[0],rep.observe@2:1[1],log_lik.observe@2:1[0],"
        + "log_lik.observe@2:1[1],chain", lines.get(0));
    assertEquals(41, lines.size());
    String[] row = lines.get(1).split(",");
    double mu = Double.parseDouble(row[0]);
    double expected = -0.5 * (0.5 - mu) * (0.5 - mu) - 0.5 * Math.log(2 * Math.PI);
    assertEquals(expected, Double.parseDouble(row[3]), 1e-12);
  }
}
