package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

  @Test
  void parsesMethodFlagsAndNotebookVariables() throws PplError {
    RunSettings s = RunSettings.parse(
        List.of("--method", "smc", "--particles", "5000", "--data", "coins", "--seed=7", "--out", "post"));
    assertEquals(Optional.of("smc"), s.method());
    assertEquals(Map.of("particles", "5000", "seed", "7"), s.options());
    assertEquals(Optional.of("coins"), s.dataVariable());
    assertEquals(Optional.of("post"), s.resultVariable());
    assertEquals(Optional.of("mh"), RunSettings.parse(List.of("mh", "--samples", "100")).method());
  }

  @Test
  void badWordsAreNamed() {
    PplError unknown = assertThrows(PplError.class, () -> RunSettings.parse(List.of("smc", "--particle", "3")));
    assertTrue(unknown.getMessage().contains("'--particle'"), unknown.getMessage());
    assertTrue(unknown.getMessage().endsWith("(known: --method, --data, --out, --predict, --loo, "
        + "--adapt-delta, --chains, --density, --elbo-samples, --ess-threshold, --eta, --eval-elbo, "
        + "--family, --grad-samples, --init, --iter, --max-paths, --max-score, --max-treedepth, "
        + "--mcmc-steps, --move, "
        + "--net, --particles, --proposal, --raw, --resampler, --samples, --save-warmup, --seed, --thin, "
        + "--timeout, --tol-rel-obj, "
        + "--warmup)"), unknown.getMessage());
    PplError missing = assertThrows(PplError.class, () -> RunSettings.parse(List.of("--seed")));
    assertTrue(missing.getMessage().contains("needs a value"), missing.getMessage());
    PplError twice = assertThrows(PplError.class, () -> RunSettings.parse(List.of("smc", "mh")));
    assertTrue(twice.getMessage().contains("'mh'"), twice.getMessage());
  }
}
