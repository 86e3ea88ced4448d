package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.ppl4j.inference.gibbs.ParticleGibbsConfig;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.pmmh.PmmhConfig;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.rmsmc.RmsmcConfig;
import org.ppl4j.inference.smc.SmcConfig;

/** Bad settings fail fast with a message naming the setting and the bad value. */
class ConfigValidationTest {

  static void rejects(Executable construct, String... mustMention) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
    for (String word : mustMention) {
      assertTrue(e.getMessage().contains(word), "'" + e.getMessage() + "' lacks '" + word + "'");
    }
  }

  @Test
  void badSettingsAreNamed() {
    SmcConfig smc = SmcConfig.defaults();
    rejects(() -> smc.withParticles(0), "particles", "0");
    rejects(() -> smc.withEssThreshold(1.5), "ess threshold", "1.5");
    rejects(() -> smc.withEssThreshold(Double.NaN), "ess threshold", "NaN");
    rejects(() -> Resampler.named("sytematic"), "sytematic", "systematic");
    rejects(() -> new Parallelism(0), "threads", "0");
    rejects(() -> new RmsmcConfig(smc, -1), "mcmc steps", "-1");
    rejects(() -> new MhConfig(0, 10, 1, 1, Parallelism.sequential()), "samples", "0");
    rejects(() -> new MhConfig(10, -2, 1, 1, Parallelism.sequential()), "warmup", "-2");
    rejects(() -> new MhConfig(10, 0, 0, 1, Parallelism.sequential()), "thin", "0");
    rejects(() -> new MhConfig(10, 0, 1, 0, Parallelism.sequential()), "chains", "0");
    rejects(() -> new PmmhConfig(10, 0, 0, smc), "chains", "0");
    rejects(() -> new ParticleGibbsConfig(10, 0, 1, 1, Parallelism.sequential()),
        "particles", "1");
  }
}
