package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.Program;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.prior.LinearPrior;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.pfn.ProgramPriors;
import org.ppl4j.semantics.random.Rng;

/**
 * The example priors {@code examples/pfn/*.ppl}, compiled by the project's compiler and run
 * forwards, give the same datasets as their Java fast paths for the same seed: both draw the
 * same variates in the same order (n uniforms, then the normals), so x agrees to rounding and y
 * to the rounding of the Cholesky product. Same data for every seed implies the same dataset
 * distribution. (In this package for the project's compiler; it is skipped, with a message,
 * only while the compiler is not part of the build.)
 */
class PfnPriorProgramsTest {

  private static Optional<Program> compile(String file) throws Exception {
    Path path = Path.of("..", "examples", "pfn", file);
    String source = Files.readString(path);
    try {
      return Optional.of(Compilers.standard().compile(path.toString(), source));
    } catch (UserError e) {
      return Optional.empty();
    }
  }

  private static void assertSameDraws(DatasetPrior fromProgram, DatasetPrior fast, int points) {
    for (long seed = 1; seed <= 20; seed++) {
      Dataset a = fromProgram.sample(points, Rng.seeded(seed));
      Dataset b = fast.sample(points, Rng.seeded(seed));
      for (int i = 0; i < points; i++) {
        assertEquals(b.x()[i][0], a.x()[i][0], 1e-12, "seed " + seed + " x[" + i + "]");
        assertEquals(b.y()[i], a.y()[i], 1e-9, "seed " + seed + " y[" + i + "]");
      }
      assertEquals(b.latents().keySet(), a.latents().keySet());
      for (String latent : b.latents().keySet()) {
        assertEquals(b.latents().get(latent), a.latents().get(latent), 1e-12, latent);
      }
    }
  }

  @Test
  void gpPriorProgramDrawsTheFastPathDatasets() throws Exception {
    Optional<Program> program = compile("gp_prior.ppl");
    assumeTrue(program.isPresent(), "the .ppl compiler is not part of this build yet");
    assertSameDraws(ProgramPriors.of(program.get()), GpPrior.benchmark(), 30);
  }

  @Test
  void linearPriorProgramDrawsTheFastPathDatasets() throws Exception {
    Optional<Program> program = compile("linear_prior.ppl");
    assumeTrue(program.isPresent(), "the .ppl compiler is not part of this build yet");
    assertSameDraws(ProgramPriors.of(program.get()), new LinearPrior(0.3), 25);
  }
}
