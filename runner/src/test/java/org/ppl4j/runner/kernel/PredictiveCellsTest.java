package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.display.PosteriorDisplay;

/**
 * The notebook's side of {@code --predict}, {@code --loo} and {@code %compare}: the switches
 * pass through {@code %method}, a cell's outcome carries the sections {@code ppl run} prints
 * (shown after its posterior), and {@code %compare} sets the cells run with {@code --loo} side
 * by side, or says why it cannot.
 */
class PredictiveCellsTest {
  private static final String NORMAL = "data ys : Real[]\nmu ~ normal(0, 10)\n"
      + "observe ys ~ normal(mu, 1)\nreturn mu\n";
  private static final String HEAVY = "data ys : Real[]\nmu ~ normal(0, 10)\n"
      + "observe ys ~ student_t(3, mu, 1)\nreturn mu\n";

  @TempDir Path dir;

  @Test
  void switchesNeedNoValueAndStayOutOfTheMethodOptions() throws Exception {
    RunSettings s = RunSettings.parse(List.of("mh", "--predict", "--samples", "10", "--loo"));
    assertTrue(s.predict());
    assertTrue(s.loo());
    assertEquals(java.util.Map.of("samples", "10"), s.methodOptions());
  }

  @Test
  void cellsShowTheirSectionsAndCompare() throws Exception {
    KernelSession session = new KernelSession(dir, new NotebookRunner());
    session.applyMagic("data ys = [0.4, 1.3, -0.2, 0.9, 3.1]");
    PplError none = assertThrows(PplError.class, () -> session.applyMagic("compare"));
    assertTrue(none.getMessage().contains("so far: none"), none.getMessage());
    session.applyMagic("method mh --samples 300 --chains 2 --seed 4 --predict --loo");
    CellOutcome first = session.runCell("cell[1]", NORMAL);
    assertEquals(2, first.sections().size());
    assertTrue(first.sections().get(0).contains("ys[4]"), first.sections().get(0));
    assertTrue(first.sections().get(1).contains("elpd_loo"), first.sections().get(1));
    MimeBundle shown = PosteriorDisplay.of(first.posterior(), first.sections());
    assertTrue(shown.plainText().contains("Posterior predictive"), shown.plainText());
    assertTrue(shown.get(MimeBundle.HTML).orElseThrow().contains("ppl4j-predictive"));
    PplError one = assertThrows(PplError.class, () -> session.applyMagic("compare"));
    assertTrue(one.getMessage().contains("so far: cell[1]"), one.getMessage());
    session.runCell("cell[2]", HEAVY);
    String table = session.applyMagic("compare");
    assertTrue(table.contains("cell[1]") && table.contains("cell[2]")
        && table.contains("elpd_diff"), table);
  }
}
