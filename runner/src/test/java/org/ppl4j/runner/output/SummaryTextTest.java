package org.ppl4j.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;

/** The plain summary text (moved here from the core with the other renderers). */
class SummaryTextTest {

  @Test
  void showsEveryLeafAndTheProbabilitiesOfDiscreteOnes() {
    double[] logWeights = {Math.log(0.2), Math.log(0.5), Math.log(0.3)};
    Posterior<Integer> exact = Posterior.exact("enumerate",
        new Empirical<>(List.of(0, 1, 3), logWeights, OptionalDouble.of(-1.0)));
    String expected = String.join("\n",
        "method enumerate  draws 3  log evidence -1.0000",
        "leaf       mean         sd        q05        q50        q95       ess    rhat",
        "k        1.4000     1.1136     0.0000     1.0000     3.0000         -       -",
        "k: 0=0.2000 1=0.5000 3=0.3000",
        "");
    assertEquals(expected, SummaryText.format(exact.named("k")));
  }
}
