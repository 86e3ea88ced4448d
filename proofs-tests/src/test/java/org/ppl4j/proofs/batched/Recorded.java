package org.ppl4j.proofs.batched;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.inference.batched.BatchedSmc;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.ParticleProgram;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/** A {@code .ppl} program with its data, run by SMC on either path (for the batched tests). */
record Recorded(Model<Value> model, ParticleProgram.Outcome outcome) {
  static final Path ROOT = Path.of("..");

  /** The program at {@code program} (relative to the repository) with {@code data} or none. */
  static Recorded of(String program, String data) throws IOException {
    Path path = ROOT.resolve(program);
    Program p = PplCompiler.compile(path.getFileName().toString(), Files.readString(path));
    Map<String, Value> values = DataLoader.load(p.dataInputs(),
        Optional.ofNullable(data).map(ROOT::resolve)).values();
    Model<Value> model = p.model(values);
    return new Recorded(model, ParticleProgram.of(model));
  }

  /** The batched program (the test fails if the program was refused). */
  ParticleProgram program() {
    if (outcome instanceof ParticleProgram.Outcome.PerParticle refused) {
      throw new AssertionError("not batchable: " + refused.reason());
    }
    return ((ParticleProgram.Outcome.Batchable) outcome).program();
  }

  /** Batched SMC with {@code n} particles and {@code threads} threads. */
  Empirical<Value> batched(int n, long seed, int threads, double essThreshold) {
    return BatchedSmc.run(program(), config(n, threads, essThreshold), Rng.seeded(seed),
        x -> { }).draws();
  }

  /** Per-particle SMC with {@code n} particles. */
  Empirical<Value> perParticle(int n, long seed) {
    return Smc.run(model, config(n, 2, 0.5), Rng.seeded(seed)).empirical();
  }

  private static SmcConfig config(int n, int threads, double essThreshold) {
    return SmcConfig.defaults().withParticles(n).withParallelism(new Parallelism(threads))
        .withEssThreshold(essThreshold);
  }

  /** The weighted mean and sd of a real-valued result. */
  static double[] moments(Empirical<Value> draws) {
    double[] w = org.ppl4j.inference.population.LogWeights.normalised(draws.logWeights());
    double mean = 0;
    for (int i = 0; i < w.length; i++) {
      mean += w[i] * ((RealValue) draws.values().get(i)).value();
    }
    double var = 0;
    for (int i = 0; i < w.length; i++) {
      double d = ((RealValue) draws.values().get(i)).value() - mean;
      var += w[i] * d * d;
    }
    return new double[] {mean, Math.sqrt(var)};
  }
}
